// The roster's filters as the address keeps them (so a filtered view survives a reload and can be
// sent to a colleague) and as the API is asked with them. Pure, so it is unit-tested.
import { isRegionCode } from '@life-relay/domain';
import type { BloodType, ReserveRosterFilter, ReserveSort } from '../../generated/graphql';
import { BLOOD_TYPES } from '../messages/message-words';

export const RESERVE_SORTS: readonly ReserveSort[] = ['NAME', 'NEXT_ELIGIBLE', 'LAST_DONATION'];

export interface ReserveFilters {
  /** None: every type. */
  bloodTypes: BloodType[];
  verifiedOnly: boolean;
  optedInOnly: boolean;
  /** A code of the region list; null: every city. */
  regionCode: string | null;
  sort: ReserveSort;
}

/** What the address says; anything it does not understand is left out rather than refused. */
export function filtersFromParams(params: URLSearchParams): ReserveFilters {
  const asked = (params.get('types') ?? '').split(',');
  const sort = params.get('sort') as ReserveSort | null;
  const region = params.get('city');
  return {
    bloodTypes: BLOOD_TYPES.filter((type) => asked.includes(type)),
    verifiedOnly: params.get('verified') === '1',
    optedInOnly: params.get('optedIn') === '1',
    regionCode: isRegionCode(region) ? region : null,
    sort: sort && RESERVE_SORTS.includes(sort) ? sort : 'NAME',
  };
}

export function paramsFromFilters(filters: ReserveFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.bloodTypes.length) params.set('types', filters.bloodTypes.join(','));
  if (filters.verifiedOnly) params.set('verified', '1');
  if (filters.optedInOnly) params.set('optedIn', '1');
  if (filters.regionCode) params.set('city', filters.regionCode);
  if (filters.sort !== 'NAME') params.set('sort', filters.sort);
  return params;
}

export function toRosterFilter(filters: ReserveFilters): ReserveRosterFilter {
  return {
    bloodTypes: filters.bloodTypes.length ? filters.bloodTypes : null,
    verifiedOnly: filters.verifiedOnly,
    optedInOnly: filters.optedInOnly,
    regionCode: filters.regionCode,
    sort: filters.sort,
  };
}

export function isFiltered(filters: ReserveFilters): boolean {
  return filters.bloodTypes.length > 0 || filters.verifiedOnly || filters.optedInOnly || filters.regionCode !== null;
}

/** `reserve-roster-2030-12-05.csv`, the day on the organizer's clock. */
export function rosterFileName(now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `reserve-roster-${day}.csv`;
}
