// A long list is completed by graphql-js one slice per turn of the event loop, in order; a
// short one as before. Turns are told apart by a `setImmediate` that re-queues itself: what it
// logs between two slices ran in a turn of its own, as a sign-up's socket read would.
import { execute, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { AT_ONCE_ROWS, slicedList, SLICE_ROWS } from './sliced-list';

/** Logs `turn n` once per turn of the event loop, from now until stopped. */
function turns(log: string[]) {
  let n = 0;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    log.push(`turn ${++n}`);
    setImmediate(tick);
  };
  setImmediate(tick);
  return () => (stopped = true);
}

describe('slicedList', () => {
  it('answers a list of at most one slice, or a top-100 board, as plain values, at once', () => {
    for (const length of [SLICE_ROWS, AT_ONCE_ROWS]) {
      const rows = Array.from({ length }, (_, i) => i);
      const items = slicedList(rows);
      expect(items).toEqual(rows);
      expect(items.some((item) => item instanceof Promise)).toBe(false);
    }
    const longer = slicedList(Array.from({ length: AT_ONCE_ROWS + 1 }, (_, i) => i));
    expect(longer.filter((item) => !(item instanceof Promise))).toHaveLength(SLICE_ROWS);
  });

  it('delivers the rows of a long list a slice per turn of the event loop, in order', async () => {
    const log: string[] = [];
    const stop = turns(log);
    const items = slicedList(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 3, 0);
    expect(items.slice(0, 3)).toEqual(['a', 'b', 'c']); // the first slice at once
    const delivered = await Promise.all(items.map((item) => Promise.resolve(item).then((row) => (log.push(row), row))));
    stop();
    expect(delivered).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(log.slice(0, log.indexOf('h') + 1)).toEqual(['a', 'b', 'c', 'turn 1', 'd', 'e', 'f', 'turn 2', 'g', 'h']);
  });

  it('has graphql-js complete each slice of a list field in its own turn, and answer the whole list in order', async () => {
    const log: string[] = [];
    const rows = Array.from({ length: 7 }, (_, i) => ({ rank: i + 1 }));
    // Completing a row reads its fields: the rank's resolver logs when graphql-js gets to a row.
    const Row = new GraphQLObjectType<{ rank: number }>({
      name: 'Row',
      fields: { rank: { type: new GraphQLNonNull(GraphQLInt), resolve: (row) => (log.push(`row ${row.rank}`), row.rank) } },
    });
    const Query = new GraphQLObjectType({
      name: 'Query',
      fields: { board: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Row))), resolve: () => slicedList(rows, 3, 0) } },
    });
    const stop = turns(log);
    const result = await execute({ schema: new GraphQLSchema({ query: Query }), document: parse('{ board { rank } }') });
    stop();
    expect(result).toEqual({ data: { board: rows } });
    const completed = log.slice(0, log.indexOf('row 7') + 1);
    expect(completed).toEqual(['row 1', 'row 2', 'row 3', 'turn 1', 'row 4', 'row 5', 'row 6', 'turn 2', 'row 7']);
  });

  it('refuses a slice of no rows', () => {
    expect(() => slicedList([1, 2], 0)).toThrow(RangeError);
  });
});
