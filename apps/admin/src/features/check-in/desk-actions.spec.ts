import { allowedDeskActions, deskAction, defaultRetryOn } from './desk-actions';

describe('the check-in desk’s actions', () => {
  it('offers check-in, an outcome or no-show to a registered person', () => {
    expect(allowedDeskActions('REGISTERED')).toEqual(['CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW']);
    expect(deskAction('REGISTERED', 'DONATED')).toEqual({ correction: false });
  });

  it('offers the outcomes once checked in, and no-show only as a correction', () => {
    expect(allowedDeskActions('CHECKED_IN')).toEqual(['DONATED', 'DEFERRED', 'NO_SHOW']);
    expect(deskAction('CHECKED_IN', 'NO_SHOW')).toEqual({ correction: true });
  });

  it('lets a recorded outcome be corrected, or its details fixed', () => {
    expect(deskAction('DONATED', 'DEFERRED')).toEqual({ correction: true });
    expect(deskAction('DONATED', 'DONATED')).toEqual({ correction: true });
    expect(deskAction('NO_SHOW', 'CHECKED_IN')).toEqual({ correction: true });
  });

  it('offers nothing for cancelled or waitlisted sign-ups', () => {
    expect(allowedDeskActions('CANCELLED')).toEqual([]);
    expect(allowedDeskActions('WAITLISTED')).toEqual([]);
  });

  it('proposes a retry date a month later, kept inside short months', () => {
    expect(defaultRetryOn('2030-12-05')).toBe('2031-01-05');
    expect(defaultRetryOn('2031-01-31')).toBe('2031-02-28');
  });
});
