import { eligibilityNotes } from './eligibility-notes';

const WHOLE_BLOOD = { kind: 'WHOLE_BLOOD' as const, minAge: null, maxAge: null };
const person = (birthDate: string | null, nextEligible: { kind: 'WHOLE_BLOOD'; date: string }[] = []) => ({ birthDate, donorHistory: { nextEligible } });

describe('eligibility notes at the desk', () => {
  it('says nothing for someone inside the window who may donate', () => {
    expect(eligibilityNotes(person('2004-05-20'), WHOLE_BLOOD, '2030-12-05')).toEqual([]);
  });

  it('names the age when it is outside the drive’s window, the drive’s own limits first', () => {
    expect(eligibilityNotes(person('2013-01-01'), WHOLE_BLOOD, '2030-12-05')).toEqual([{ kind: 'age', age: 17, minAge: 18, maxAge: 60 }]);
    expect(eligibilityNotes(person('1980-01-01'), { ...WHOLE_BLOOD, maxAge: 45 }, '2030-12-05')).toEqual([{ kind: 'age', age: 50, minAge: 18, maxAge: 45 }]);
  });

  it('warns when the donation interval has not passed, and when the birth date is unknown', () => {
    expect(eligibilityNotes(person(null, [{ kind: 'WHOLE_BLOOD', date: '2031-02-01' }]), WHOLE_BLOOD, '2030-12-05')).toEqual([
      { kind: 'noBirthDate' },
      { kind: 'interval', until: '2031-02-01' },
    ]);
  });

  it('reads a one-sided window as the API does: the drive’s own limit, and no upper one below 150', () => {
    const sixteenAndUp = { kind: 'GENERAL' as const, minAge: 16, maxAge: null };
    expect(eligibilityNotes(person('2016-01-01'), sixteenAndUp, '2030-12-05')).toEqual([{ kind: 'age', age: 14, minAge: 16, maxAge: 150 }]);
    expect(eligibilityNotes(person('1930-01-01'), sixteenAndUp, '2030-12-05')).toEqual([]);
  });

  it('has no age window for general volunteering', () => {
    expect(eligibilityNotes(person(null), { kind: 'GENERAL', minAge: null, maxAge: null }, '2030-12-05')).toEqual([]);
  });
});
