// The table's filters live in the address bar, so a link (or a reload) shows the same view. These
// turn the query string into the API's variables and back; blank or unknown values are dropped.
import type { SignUpStatus } from '../../generated/graphql';

export const SIGN_UP_STATUSES: readonly SignUpStatus[] = ['REGISTERED', 'WAITLISTED', 'CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW', 'CANCELLED'];

export interface SignUpsFilters {
  status?: SignUpStatus;
  shiftId?: string;
  teamId?: string;
  collegeId?: string;
  search?: string;
}

export const FILTER_KEYS = ['status', 'shiftId', 'teamId', 'collegeId', 'search'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function filtersFromQuery(params: URLSearchParams): SignUpsFilters {
  const filters: SignUpsFilters = {};
  const status = params.get('status');
  if (status && (SIGN_UP_STATUSES as readonly string[]).includes(status)) filters.status = status as SignUpStatus;
  for (const key of ['shiftId', 'teamId', 'collegeId'] as const) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const search = params.get('search')?.trim();
  if (search) filters.search = search;
  return filters;
}

/** The query string for these filters, in a stable order; other parameters are kept. */
export function queryWithFilters(current: URLSearchParams, filters: SignUpsFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function activeFilterCount(filters: SignUpsFilters): number {
  return FILTER_KEYS.filter((key) => !!filters[key]).length;
}

/**
 * Each waitlisted sign-up's place in its shift's queue (1 is next), from the waitlist in arrival
 * order: the API promotes the earliest waitlisted person of a shift when a place frees up.
 */
export function waitlistPositions(waitlisted: readonly { id: string; shift: { id: string } }[]): Map<string, number> {
  const perShift = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const signUp of waitlisted) {
    const place = (perShift.get(signUp.shift.id) ?? 0) + 1;
    perShift.set(signUp.shift.id, place);
    positions.set(signUp.id, place);
  }
  return positions;
}

/** `hohhot-dec-5-sign-ups-2030-12-05.csv`: the drive and the day the file was taken. */
export function exportFileName(slug: string, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${slug}-sign-ups-${day}.csv`;
}
