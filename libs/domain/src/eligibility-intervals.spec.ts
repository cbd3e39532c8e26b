import { DriveKind } from './enums';
import {
  donationWaitProblemOn,
  eligibilityRulesOf,
  eligibilityRulesProblems,
  eligibleFrom,
  NO_ELIGIBILITY_RULES,
  selfReportedCount,
  selfReportProblems,
} from './eligibility';

const { WHOLE_BLOOD, PLATELETS, STEM_CELL_REGISTRY, GENERAL } = DriveKind;

describe('when someone may donate again (intervals between kinds, the platelet cap)', () => {
  it('holds platelets 90 days after whole blood, and whole blood 28 days after platelets, by default', () => {
    const wholeBlood = [{ kind: WHOLE_BLOOD, day: '2026-01-01' }];
    expect(eligibleFrom(PLATELETS, wholeBlood)).toEqual({ date: '2026-04-01', reason: 'interval' });
    expect(donationWaitProblemOn(PLATELETS, '2026-01-31', wholeBlood)).toEqual({ key: 'notEligibleUntil', params: { date: '2026-04-01' } });
    expect(donationWaitProblemOn(PLATELETS, '2026-04-01', wholeBlood)).toBeNull();
    const platelets = [{ kind: PLATELETS, day: '2026-01-01' }];
    expect(donationWaitProblemOn(WHOLE_BLOOD, '2026-01-28', platelets)).toEqual({ key: 'notEligibleUntil', params: { date: '2026-01-29' } });
    expect(donationWaitProblemOn(WHOLE_BLOOD, '2026-01-29', platelets)).toBeNull();
    expect(eligibleFrom(PLATELETS, platelets)).toEqual({ date: '2026-01-15', reason: 'interval' });
    expect(eligibleFrom(WHOLE_BLOOD, wholeBlood)).toEqual({ date: '2026-06-30', reason: 'interval' });
  });

  it('takes the latest of every constraint: the last donation of each kind counts', () => {
    const donations = [
      { kind: WHOLE_BLOOD, day: '2026-01-01' },
      { kind: PLATELETS, day: '2026-03-01' },
    ];
    // Platelets: 90 days after the whole blood (April 1) is later than 14 after the platelets.
    expect(eligibleFrom(PLATELETS, donations)?.date).toBe('2026-04-01');
    // Whole blood: 180 days after the whole blood (June 30) beats 28 after the platelets.
    expect(eligibleFrom(WHOLE_BLOOD, donations)?.date).toBe('2026-06-30');
  });

  it('lets the organization override each interval, and the installation set the same-kind defaults', () => {
    const rules = { ...NO_ELIGIBILITY_RULES, plateletsAfterWholeBloodDays: 30 };
    expect(eligibleFrom(PLATELETS, [{ kind: WHOLE_BLOOD, day: '2026-01-01' }], rules)?.date).toBe('2026-01-31');
    expect(eligibleFrom(WHOLE_BLOOD, [{ kind: WHOLE_BLOOD, day: '2026-01-01' }], NO_ELIGIBILITY_RULES, { WHOLE_BLOOD: 90 })?.date).toBe('2026-04-01');
    const own = { ...NO_ELIGIBILITY_RULES, wholeBloodAfterWholeBloodDays: 120 };
    expect(eligibleFrom(WHOLE_BLOOD, [{ kind: WHOLE_BLOOD, day: '2026-01-01' }], own, { WHOLE_BLOOD: 90 })?.date).toBe('2026-05-01');
  });

  it('refuses a platelet donor at the yearly cap until the oldest of the year is a year old', () => {
    const rules = { ...NO_ELIGIBILITY_RULES, plateletsPerYear: 3 };
    const donations = ['2026-01-10', '2026-03-01', '2026-05-01'].map((day) => ({ kind: PLATELETS, day }));
    expect(donationWaitProblemOn(PLATELETS, '2026-06-01', donations, rules)).toEqual({ key: 'plateletCapReached', params: { date: '2027-01-10', cap: 3 } });
    expect(donationWaitProblemOn(PLATELETS, '2027-01-10', donations, rules)).toBeNull();
    // Two of three: only the interval holds them.
    expect(donationWaitProblemOn(PLATELETS, '2026-06-01', donations.slice(1), rules)).toBeNull();
    // 24 a year by default.
    const weekly = Array.from({ length: 24 }, (_, i) => ({ kind: PLATELETS, day: new Date(Date.UTC(2026, 0, 1 + 14 * i)).toISOString().slice(0, 10) }));
    expect(eligibleFrom(PLATELETS, weekly)).toEqual({ date: '2027-01-01', reason: 'plateletCap' });
    expect(eligibleFrom(PLATELETS, weekly.slice(1))?.reason).toBe('interval');
  });

  it('holds nobody back from a registry or a general drive, nor someone who never donated', () => {
    const donations = [{ kind: WHOLE_BLOOD, day: '2026-01-01' }];
    expect(eligibleFrom(STEM_CELL_REGISTRY, donations)).toBeNull();
    expect(eligibleFrom(GENERAL, donations)).toBeNull();
    expect(eligibleFrom(WHOLE_BLOOD, [])).toBeNull();
  });

  it('reads stored rules with every key, and refuses intervals and caps out of range field by field', () => {
    expect(eligibilityRulesOf({ plateletsPerYear: 20, firstTimeMaxAge: 55 })).toEqual({ ...NO_ELIGIBILITY_RULES, plateletsPerYear: 20, firstTimeMaxAge: 55 });
    const problems = eligibilityRulesProblems({ ...NO_ELIGIBILITY_RULES, plateletsAfterWholeBloodDays: 0, plateletsPerYear: 100 });
    expect(problems).toEqual([
      { field: 'plateletsAfterWholeBloodDays', key: 'outOfRange', params: { min: 1, max: 3650 } },
      { field: 'plateletsPerYear', key: 'outOfRange', params: { min: 1, max: 52 } },
    ]);
  });
});

describe('self-reported donations', () => {
  it('count at least one when a day is given, else the count given', () => {
    expect(selfReportedCount({ count: 94, lastOn: '2026-01-01' })).toBe(94);
    expect(selfReportedCount({ count: null, lastOn: '2026-01-01' })).toBe(1);
    expect(selfReportedCount({ count: null, lastOn: null })).toBe(0);
  });

  it('need a real past day with its kind, and a count in range', () => {
    expect(selfReportProblems({ donatedElsewhereOn: '2026-01-01', donatedElsewhereKind: 'WHOLE_BLOOD', earlierDonations: 94 }, '2026-02-01')).toEqual([]);
    expect(selfReportProblems({ donatedElsewhereOn: '2026-03-01', donatedElsewhereKind: 'PLATELETS' }, '2026-02-01')).toEqual([{ field: 'donatedElsewhereOn', key: 'dateInFuture' }]);
    expect(selfReportProblems({ donatedElsewhereOn: '2026-02-30' }, '2026-03-01').map((p) => p.key)).toEqual(['invalidDate', 'donationKindRequired']);
    expect(selfReportProblems({ donatedElsewhereKind: 'STEM_CELL_REGISTRY' }, '2026-03-01').map((p) => p.key)).toEqual(['donationKindRequired', 'donationDateRequired']);
    expect(selfReportProblems({ earlierDonations: -1 }, '2026-03-01')).toEqual([{ field: 'earlierDonations', key: 'outOfRange', params: { min: 0, max: 500 } }]);
  });
});
