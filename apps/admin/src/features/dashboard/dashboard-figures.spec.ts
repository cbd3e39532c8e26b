import { everyDay, funnelSteps, goalFigure, hasNoSignUps, summarizeDays } from './dashboard-figures';

describe('the dashboard’s figures', () => {
  it('walks the funnel from sign-up to donation, with deferred beside donated', () => {
    const steps = funnelSteps({ signUps: 40, checkedIn: 20, donated: 15, deferred: 4, conversionRate: 0.375 });
    expect(steps.map((s) => [s.key, s.count, s.ofPrevious, s.ofSignUps])).toEqual([
      ['signedUp', 40, null, 1],
      ['came', 20, 0.5, 0.5],
      ['donated', 15, 0.75, 0.375],
      ['deferred', 4, 0.2, 0.1],
    ]);
  });

  it('divides nothing by nothing as 0%, not NaN', () => {
    const steps = funnelSteps({ signUps: 0, checkedIn: 0, donated: 0, deferred: 0, conversionRate: 0 });
    expect(steps.every((s) => Number.isFinite(s.ofSignUps) && (s.ofPrevious === null || Number.isFinite(s.ofPrevious)))).toBe(true);
  });

  it('fills the quiet days between sign-ups with zeros, across a month end', () => {
    const days = everyDay([
      { day: '2026-12-02', signUps: 3 },
      { day: '2026-11-29', signUps: 5 },
    ]);
    expect(days).toEqual([
      { day: '2026-11-29', signUps: 5 },
      { day: '2026-11-30', signUps: 0 },
      { day: '2026-12-01', signUps: 0 },
      { day: '2026-12-02', signUps: 3 },
    ]);
    expect(summarizeDays(days)).toEqual({ total: 8, days: 4, busiest: { day: '2026-11-29', signUps: 5 } });
    expect(everyDay([])).toEqual([]);
  });

  it('caps a passed goal at a full bar and says when there is none', () => {
    expect(goalFigure(30, 40)).toEqual({ count: 30, goal: 40, percent: 75, reached: false });
    expect(goalFigure(50, 40)).toEqual({ count: 50, goal: 40, percent: 100, reached: true });
    expect(goalFigure(7, null)).toEqual({ count: 7, goal: null, percent: 0, reached: false });
  });

  it('counts a drive where everyone cancelled as one that had sign-ups', () => {
    expect(hasNoSignUps({ signUps: 0, waitlisted: 0, cancelled: 0 })).toBe(true);
    expect(hasNoSignUps({ signUps: 0, waitlisted: 0, cancelled: 2 })).toBe(false);
  });
});
