import { disclosedReferrals, NO_COUNTS, normalizeReferralCode, rankRecruiters, shareLinkPath, StatusCounts } from './index';

const brought = (registered: number, donated = 0, extra: Partial<StatusCounts> = {}): StatusCounts => ({ ...NO_COUNTS, registered, donated, ...extra });

describe('personal recruiting credit', () => {
  it('A brings B and C and ranks first: by people brought, then donated, then name', () => {
    const ranked = rankRecruiters([
      { name: 'Dan', counts: brought(0, 1) },
      { name: 'Ann', counts: brought(0, 1) },
      { name: 'Bo', counts: brought(1) },
      { name: 'Ada', counts: brought(1, 1) }, // A: B registered, C donated
      { name: 'Cy', counts: brought(0, 0, { cancelled: 3, waitlisted: 2 }) },
    ]);
    expect(ranked.map(({ rank, name, signUps, donated }) => ({ rank, name, signUps, donated }))).toEqual([
      { rank: 1, name: 'Ada', signUps: 2, donated: 1 },
      { rank: 2, name: 'Ann', signUps: 1, donated: 1 },
      { rank: 3, name: 'Dan', signUps: 1, donated: 1 },
      { rank: 4, name: 'Bo', signUps: 1, donated: 0 },
    ]);
  });

  it('ranks by people brought, then name, where donations are withheld', () => {
    const ranked = rankRecruiters([{ name: 'Bo', counts: brought(0, 1) }, { name: 'Ann', counts: brought(1) }], { byDonations: false });
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([[1, 'Ann'], [2, 'Bo']]);
  });

  it('withholds donations when one or two of those brought came without a recorded donation', () => {
    expect(disclosedReferrals(brought(0, 1, { deferred: 1 }))).toEqual({ signUps: 2, donated: null });
    expect(disclosedReferrals(brought(0, 0, { checkedIn: 2 }))).toEqual({ signUps: 2, donated: null });
    expect(disclosedReferrals(brought(1, 1, { noShow: 1 }))).toEqual({ signUps: 3, donated: 1 });
    expect(disclosedReferrals(brought(0, 2, { deferred: 3 }))).toEqual({ signUps: 5, donated: 2 });
  });

  it('reads a link’s code as typed, and nothing that cannot be one', () => {
    expect(normalizeReferralCode('abcd-efgh 23')).toBe('ABCDEFGH23');
    expect(normalizeReferralCode('ABCDEFGH2')).toBeNull();
    expect(normalizeReferralCode('ABCDEFGH10')).toBeNull(); // 1 and 0 are not in the alphabet
    expect(normalizeReferralCode(null)).toBeNull();
  });

  it('builds the share link with the team and the person’s code', () => {
    expect(shareLinkPath('blood-day', 'ABCDEFGH23', 'TEAM23')).toBe('/d/blood-day?team=TEAM23&ref=ABCDEFGH23&source=share');
    expect(shareLinkPath('blood-day', 'ABCDEFGH23', null)).toBe('/d/blood-day?ref=ABCDEFGH23&source=share');
  });
});
