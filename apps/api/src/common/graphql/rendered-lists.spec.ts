import type { GraphQLResolveInfo } from 'graphql';
import { answerRendered, settleRenderedLists, stringifyWithRenderedLists } from './rendered-lists';

/** The info of a field at this response path. */
const at = (...keys: (string | number)[]) =>
  ({ path: keys.reduce<GraphQLResolveInfo['path'] | undefined>((prev, key) => ({ prev, key, typename: undefined }), undefined) }) as GraphQLResolveInfo;

describe('rendered lists', () => {
  it('writes each list’s JSON in its place, at any depth, its text as it is', () => {
    const context = {};
    const board = JSON.stringify([{ name: `$& $' $$ "q" \\ 😀` }]);
    expect(answerRendered(context, at('leaderboard'), board)).toEqual([]);
    expect(answerRendered(context, at('drives', 1, 'top'), '[1,2]')).toEqual([]);
    const result = { data: { leaderboard: [], drives: [{ top: [1] }, { top: [] }], other: 'x' } };
    settleRenderedLists(context, result);
    expect(JSON.parse(stringifyWithRenderedLists(result))).toEqual({
      data: { leaderboard: JSON.parse(board), drives: [{ top: [1] }, { top: [1, 2] }], other: 'x' },
    });
  });

  it('leaves out a list whose place is gone, and settles a context once', () => {
    const context = {};
    answerRendered(context, at('drive', 'leaderboard'), '[1]');
    const result = { data: { drive: null }, errors: [{ message: 'failed' }] };
    settleRenderedLists(context, result);
    expect(JSON.parse(stringifyWithRenderedLists(result))).toEqual(result);
    const later = { data: { drive: { leaderboard: [] } } };
    settleRenderedLists(context, later);
    expect(stringifyWithRenderedLists(later)).toBe(JSON.stringify(later));
  });

  it('writes a result without rendered lists as JSON.stringify does', () => {
    const result = { data: { leaderboard: [{ rank: 1 }] } };
    settleRenderedLists({}, result);
    expect(stringifyWithRenderedLists(result)).toBe(JSON.stringify(result));
  });
});
