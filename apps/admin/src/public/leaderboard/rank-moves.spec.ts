import { rankMoves } from './rank-moves';

describe('rank moves on the leaderboard', () => {
  it('says nothing on the first answer', () => {
    expect(rankMoves(undefined, [{ key: 'a', rank: 1 }]).size).toBe(0);
  });

  it('tells who went up and who went down, and ignores newcomers', () => {
    const before = [
      { key: 'a', rank: 1 },
      { key: 'b', rank: 2 },
      { key: 'c', rank: 3 },
    ];
    const after = [
      { key: 'c', rank: 1 },
      { key: 'a', rank: 2 },
      { key: 'new', rank: 3 },
      { key: 'b', rank: 4 },
    ];
    expect(Object.fromEntries(rankMoves(before, after))).toEqual({ c: 2, a: -1, b: -2 });
  });
});
