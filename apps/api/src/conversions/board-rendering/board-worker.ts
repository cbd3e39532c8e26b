// The board worker: reads a long board from PostgreSQL, ranks nothing itself (the statement
// does), completes the selection asked for over its rows and writes the JSON, all on a thread of
// its own, so that the API's event loop, which sign-ups wait for, only passes the text on. The
// thread runs in the background (thread-priority.ts): when sign-ups and boards want the same cores,
// the sign-ups go first.
import { workerData } from 'worker_threads';
import { Pool } from 'pg';
import { serializeInstant } from '../../common/graphql/date-time.scalar';
import { ListRenderer } from '../../common/graphql/list-renderer';
import { boardRowsOf, boardStatement } from '../ranked-boards';
import { serveTasks } from '../../common/workers/serve-tasks';
import { runThisThreadInBackground } from '../../common/workers/thread-priority';
import { BOARD_ROOTS, BoardTask, BoardWorkerData } from './board-task';

runThisThreadInBackground();
const { databaseUrl, sdl } = workerData as BoardWorkerData;
/**
 * Two boards read at once at most: a third waits for a connection, not for the API. Connections
 * once opened are kept (`min`), as the API's own pool keeps its (data-source-options.ts): pg closes
 * one idle for 10 s, and an organizer's "Show all" refreshed every half minute would otherwise
 * open a connection, with its authentication, for every board.
 */
const BOARD_CONNECTIONS = 2;
const pool = new Pool({ connectionString: databaseUrl, max: BOARD_CONNECTIONS, min: BOARD_CONNECTIONS, application_name: 'life-relay-boards' });
// An idle connection PostgreSQL closed (a restart, a terminated backend) is dropped by the pool
// and made again for the next board; unheard, its error would end the worker.
pool.on('error', () => undefined);
const renderer = new ListRenderer(sdl, BOARD_ROOTS, { DateTime: serializeInstant });
serveTasks<BoardTask, string>(async ({ board, document, variables }) => {
  const { sql, params } = boardStatement(board);
  const { rows } = await pool.query(sql, params);
  return renderer.render(board.kind, document, variables, boardRowsOf(board, rows));
});
