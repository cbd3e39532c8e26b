import { filtersFromParams, isFiltered, paramsFromFilters, rosterFileName, toRosterFilter } from './reserve-filters';

describe('the reserve roster’s filters', () => {
  it('reads the address, ignoring what it does not know', () => {
    const filters = filtersFromParams(new URLSearchParams('types=O_NEG,nonsense,AB_NEG&verified=1&optedIn=0&city=CN-150100&sort=NEXT_ELIGIBLE'));
    expect(filters).toEqual({ bloodTypes: ['O_NEG', 'AB_NEG'], verifiedOnly: true, optedInOnly: false, regionCode: 'CN-150100', sort: 'NEXT_ELIGIBLE' });
    expect(filtersFromParams(new URLSearchParams('city=XX-1&sort=RANDOM'))).toEqual({ bloodTypes: [], verifiedOnly: false, optedInOnly: false, regionCode: null, sort: 'NAME' });
  });

  it('writes back what it reads, and nothing for the defaults', () => {
    const params = new URLSearchParams('types=O_NEG&verified=1&optedIn=1&city=CN-110000&sort=LAST_DONATION');
    const filters = filtersFromParams(params);
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
    expect(paramsFromFilters(filters).get('types')).toBe('O_NEG');
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams())).toString()).toBe('');
    expect(isFiltered(filtersFromParams(new URLSearchParams('sort=LAST_DONATION')))).toBe(false);
    expect(isFiltered(filtersFromParams(params))).toBe(true);
  });

  it('asks the API for every type when none is chosen', () => {
    expect(toRosterFilter(filtersFromParams(new URLSearchParams('optedIn=1')))).toEqual({ bloodTypes: null, verifiedOnly: false, optedInOnly: true, regionCode: null, sort: 'NAME' });
  });

  it('names the export after the day', () => {
    expect(rosterFileName(new Date(2030, 11, 5, 9))).toBe('reserve-roster-2030-12-05.csv');
  });
});
