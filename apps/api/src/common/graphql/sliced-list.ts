// A long list answered a slice at a time, so that the event loop is given back between slices.
// (A long board whose selection the board worker can answer does not come here: it is written
// off the event loop altogether, conversions/board-rendering/. This is for the rest.)
//
// graphql-js completes a list of plain values in one synchronous pass: a whole board (2,000
// teams, a dozen fields each) held the one event loop for tens of milliseconds, and every sign-up
// that arrived meanwhile waited for it (bench/README.md, issue 24). graphql-js completes an item
// that is a promise when the promise resolves, so a list whose later rows are promises, released
// one slice per turn of the loop, is completed one slice per turn: the socket reads and timers
// of other requests run between two slices. The answer is the same list, in the same order.
//
// Each slice is released from a `setImmediate` that the previous slice's scheduled: immediates
// queued while the loop is in its check phase run in the next turn, after that turn's I/O, so
// between two slices every waiting request gets its turn (one `setImmediate` per slice queued at
// once would run them all in the same check phase, back to back).

/**
 * Rows per turn of the loop. Measured on a whole board of 2,077 teams (API in the test process,
 * about three times slower than the production build): unsliced, the loop was held 72 ms (p99 of
 * its delay); slices of 250 rows, 35 ms; 100 rows, 19 ms, with the rows read in batches
 * (common/sql.ts) 8.5 ms. In the benchmark (scale 1, 60 sign-ups/s, the whole board asked for
 * every 300 ms; one pair of runs each) the sign-ups' p95 with boards over without was 2.3 with
 * slices of 100 and batches of 500 rows, 1.9 with 40 and 200: a sign-up waits at each of its
 * round trips' turns for the slice in progress, so shorter slices count.
 */
export const SLICE_ROWS = 40;

/** A list this short is answered at once, as before slicing: the top-100 boards phones and dashboards ask for. */
export const AT_ONCE_ROWS = 100;

/**
 * The rows as graphql-js should complete them: the first slice at once, each further slice of
 * `sliceRows` in a later turn of the event loop. A list of at most `atOnce` rows (and of at most
 * one slice) is returned as it is.
 */
export function slicedList<T>(rows: readonly T[], sliceRows = SLICE_ROWS, atOnce = AT_ONCE_ROWS): (T | Promise<T>)[] {
  if (!Number.isInteger(sliceRows) || sliceRows < 1) throw new RangeError(`sliceRows must be a positive integer, not ${sliceRows}`);
  if (rows.length <= Math.max(sliceRows, atOnce)) return [...rows];
  const items: (T | Promise<T>)[] = rows.slice(0, sliceRows);
  const releases: (() => void)[] = [];
  for (let start = sliceRows; start < rows.length; start += sliceRows) {
    let release!: () => void;
    const slice = new Promise<void>((resolve) => (release = resolve));
    releases.push(release);
    for (const row of rows.slice(start, start + sliceRows)) items.push(slice.then(() => row));
  }
  let next = 0;
  const releaseNext = () => {
    releases[next++]();
    if (next < releases.length) setImmediate(releaseNext);
  };
  setImmediate(releaseNext);
  return items;
}
