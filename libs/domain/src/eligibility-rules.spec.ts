import { DriveKind } from './enums';
import { ageProblemOn, donorAgeWindow, eligibilityRulesOf, eligibilityRulesProblems, NO_ELIGIBILITY_RULES } from './eligibility';

const wholeBlood = { kind: DriveKind.WHOLE_BLOOD, minAge: null, maxAge: null };
const rules = { ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 55, repeatMaxAge: 60 };

describe('eligibility rules of an organization', () => {
  it('allows a 54-year-old first-timer and refuses a 56-year-old where the first-time limit is 55', () => {
    const window = donorAgeWindow(wholeBlood, rules, true);
    expect(window).toEqual({ minAge: 18, maxAge: 55 });
    expect(ageProblemOn('1977-03-01', '2031-03-01', window)).toBeNull(); // 54
    expect(ageProblemOn('1975-03-01', '2031-03-01', window)).toEqual({ key: 'tooOld', params: { maxAge: 55 } }); // 56
  });

  it('lets a repeat donor give to the repeat limit', () => {
    const window = donorAgeWindow(wholeBlood, rules, false);
    expect(window).toEqual({ minAge: 18, maxAge: 60 });
    expect(ageProblemOn('1975-03-01', '2031-03-01', window)).toBeNull(); // 56
    expect(donorAgeWindow(wholeBlood, { firstTimeMaxAge: null, repeatMaxAge: 65 }, false)).toEqual({ minAge: 18, maxAge: 65 });
  });

  it('keeps the kind’s window without rules, and a drive’s own limit over the organization’s', () => {
    expect(donorAgeWindow(wholeBlood, NO_ELIGIBILITY_RULES, true)).toEqual({ minAge: 18, maxAge: 60 });
    const ownLimit = { ...wholeBlood, maxAge: 58 };
    expect(donorAgeWindow(ownLimit, { firstTimeMaxAge: null, repeatMaxAge: 65 }, false)).toEqual({ minAge: 18, maxAge: 58 });
    // A first-timer is never let past the first-time limit by a drive's wider window.
    expect(donorAgeWindow({ ...wholeBlood, maxAge: 65 }, rules, true)).toEqual({ minAge: 18, maxAge: 55 });
  });

  it('leaves registry and general drives alone: their joiners are no blood donors', () => {
    expect(donorAgeWindow({ kind: DriveKind.STEM_CELL_REGISTRY, minAge: null, maxAge: null }, rules, true)).toEqual({ minAge: 18, maxAge: 45 });
    expect(donorAgeWindow({ kind: DriveKind.GENERAL, minAge: null, maxAge: null }, rules, true)).toBeNull();
  });

  it('reports limits out of range and a first-time limit above the repeat one, by field', () => {
    expect(eligibilityRulesProblems(rules)).toEqual([]);
    expect(eligibilityRulesProblems(NO_ELIGIBILITY_RULES)).toEqual([]);
    expect(eligibilityRulesProblems({ ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 15, repeatMaxAge: 81 })).toEqual([
      { field: 'firstTimeMaxAge', key: 'outOfRange', params: { min: 16, max: 80 } },
      { field: 'repeatMaxAge', key: 'outOfRange', params: { min: 16, max: 80 } },
    ]);
    expect(eligibilityRulesProblems({ ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 55.5, repeatMaxAge: null })).toHaveLength(1);
    expect(eligibilityRulesProblems({ ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 62, repeatMaxAge: 60 })).toEqual([{ field: 'firstTimeMaxAge', key: 'firstTimeAboveRepeat', params: { repeatMaxAge: 60 } }]);
  });

  it('reads stored rules that lack a key as unset', () => {
    expect(eligibilityRulesOf({})).toEqual(NO_ELIGIBILITY_RULES);
    expect(eligibilityRulesOf(null)).toEqual(NO_ELIGIBILITY_RULES);
    expect(eligibilityRulesOf({ firstTimeMaxAge: 55, other: 1 })).toEqual({ ...NO_ELIGIBILITY_RULES, firstTimeMaxAge: 55 });
  });
});
