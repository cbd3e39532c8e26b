import { activeFilterCount, exportFileName, filtersFromQuery, queryWithFilters, waitlistPositions } from './sign-ups-filters';

describe('the sign-ups table’s filters in the address bar', () => {
  it('reads known filters and drops blank or unknown values', () => {
    const params = new URLSearchParams('status=DONATED&shiftId=s1&teamId=&search=%20wang%20&page=3');
    expect(filtersFromQuery(params)).toEqual({ status: 'DONATED', shiftId: 's1', search: 'wang' });
    expect(filtersFromQuery(new URLSearchParams('status=EATEN'))).toEqual({});
  });

  it('writes filters back, keeping other parameters and removing cleared ones', () => {
    const next = queryWithFilters(new URLSearchParams('status=DONATED&x=1'), { teamId: 't1', search: 'li' });
    expect(next.toString()).toBe('x=1&teamId=t1&search=li');
    expect(activeFilterCount({ teamId: 't1', search: 'li' })).toBe(2);
  });

  it('numbers each shift’s waitlist from 1 in arrival order', () => {
    const positions = waitlistPositions([
      { id: 'a', shift: { id: 's1' } },
      { id: 'b', shift: { id: 's2' } },
      { id: 'c', shift: { id: 's1' } },
    ]);
    expect([positions.get('a'), positions.get('b'), positions.get('c')]).toEqual([1, 1, 2]);
  });

  it('names the export after the drive and the day', () => {
    expect(exportFileName('volunteer-day', new Date(2030, 11, 5, 10))).toBe('volunteer-day-sign-ups-2030-12-05.csv');
  });
});
