// Long boards answered by the board worker: the same answer as the API computes on its event
// loop, whatever the query does with the board's fields, and an answer even when the worker fails.
// The teams' counts are written straight into drive_team_stats (what the sign_ups triggers keep).
import { readdirSync, readFileSync } from 'fs';
import { getPriority } from 'os';
import { Worker } from 'worker_threads';
import { isObjectType } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@life-relay/domain';
import { AT_ONCE_ROWS } from '../../common/graphql/sliced-list';
import { PRELOADED_PUBLIC_FIELDS } from '../../common/graphql/preloaded-fields';
import { Factories, MadeDrive } from '../../testing/factories';
import { createTestApp, errorCode, TestApp } from '../../testing/test-app';
import { WorkerClient } from '../../common/workers/worker-client';
import { BACKGROUND_NICE } from '../../common/workers/thread-priority';
import { BoardRenderer } from './board-renderer';
import { BOARD_ROW_FIELDS } from './board-task';

/** Names that JSON and a text replacement could trip on (PostgreSQL's text holds no NUL, so no name can hold a marker). */
const AWKWARD_NAMES = [`Dollar $& $' $$ $1`, `"Quoted" \\ back\\slash`, 'Emoji 😀 and 漢字', 'rendered:not-a-marker'];

describe('long boards from the board worker', () => {
  let app: TestApp;
  let make: Factories;
  let drive: MadeDrive;
  let teamCount: number;
  const renderer = () => app.server.app.get(BoardRenderer);

  beforeAll(async () => {
    app = await createTestApp();
    make = new Factories(app, (await app.userWithRole(Role.ORGANIZER)).token);
    drive = await make.drive();
    const n = make.unique();
    const seed = await make.team(`Seed ${n}`, `College A ${n}`);
    const other = await make.team(`Other ${n}`, `College B ${n}`);
    const [{ organization_id: organizationId, college_id: collegeA }] = await app.sql(`SELECT organization_id, college_id FROM teams WHERE id = $1`, [seed.id]);
    const [{ college_id: collegeB }] = await app.sql(`SELECT college_id FROM teams WHERE id = $1`, [other.id]);
    // More rows than a board answers at once; every fifth without a college, two colleges, ties.
    const generated = AT_ONCE_ROWS + 57;
    await app.sql(
      `INSERT INTO teams (name, code, organization_id, college_id)
       SELECT 'Long ' || $4 || ' ' || lpad(i::text, 3, '0'), 'Y' || translate(lpad(i::text, 5, '0'), '01', 'AB'), $1,
              CASE WHEN i % 5 = 0 THEN NULL WHEN i % 2 = 0 THEN $2::uuid ELSE $3::uuid END
         FROM generate_series(1, $5::int) i`,
      [organizationId, collegeA, collegeB, n, generated],
    );
    for (const [i, name] of AWKWARD_NAMES.entries()) {
      await app.sql(`INSERT INTO teams (name, code, organization_id) VALUES ($1, 'X' || translate(lpad($2::text, 5, '0'), '01', 'AB'), $3)`, [`${name} ${n}`, i, organizationId]);
    }
    await app.sql(
      `INSERT INTO drive_team_stats (drive_id, team_key, team_id, registered, checked_in, donated, deferred, no_show)
       SELECT $1, t.id, t.id, 1 + i % 4, i % 3, i % 9, i % 2, i % 3
         FROM (SELECT id, row_number() OVER (ORDER BY name) AS i FROM teams WHERE organization_id = $2) t`,
      [drive.id, organizationId],
    );
    const [{ count }] = await app.sql(`SELECT count(*)::int AS count FROM drive_team_stats WHERE drive_id = $1`, [drive.id]);
    teamCount = count;
    expect(teamCount).toBeGreaterThan(AT_ONCE_ROWS);
  });
  afterAll(() => app.close());

  /** The answer of a query whose boards are computed on the event loop (the worker failing), then from the worker. */
  async function bothWays(query: string, variables: Record<string, unknown>, token?: string) {
    const render = jest.spyOn(WorkerClient.prototype, 'run').mockRejectedValue(new Error('worker down'));
    let here;
    const rendered = renderer().boardsRendered;
    try {
      here = await app.gql(query, variables, { token });
    } finally {
      render.mockRestore();
    }
    expect(renderer().boardsRendered).toBe(rendered);
    const fromWorker = await app.gql(query, variables, { token });
    return { here, fromWorker, rendered: renderer().boardsRendered - rendered };
  }

  it('answers a whole board with the rows the event loop would, through aliases, fragments, directives and __typename', async () => {
    const query = `query($id: ID!, $withCodes: Boolean!, $noDates: Boolean!) {
      leaderboard(driveId: $id) {
        __typename place: rank ...Figures
        team { ... on Team { id name } code @include(if: $withCodes) createdAt @skip(if: $noDates) college { __typename name } }
        team { id }
      }
      colleges: collegeLeaderboard(driveId: $id) { rank college { name } teams ...CollegeFigures }
      drive(id: $id) { leaderboard { rank team { name } deferred } top: leaderboard(first: 3) { rank } }
    }
    fragment Figures on LeaderboardRow { signUps checkedIn donated deferred conversionRate }
    fragment CollegeFigures on CollegeLeaderboardRow { signUps donated conversionRate }`;
    for (const variables of [
      { id: drive.id, withCodes: true, noDates: false },
      { id: drive.id, withCodes: false, noDates: true },
    ]) {
      const { here, fromWorker, rendered } = await bothWays(query, variables, make.organizerToken);
      expect(here.errors).toBeUndefined();
      expect(fromWorker).toEqual(here);
      // Every board asked whole (the colleges' has two rows: its length is not known before it is read); the top 3 answered at once.
      expect(rendered).toBe(3);
      const rows = fromWorker.data?.leaderboard as Record<string, unknown>[];
      expect(rows).toHaveLength(teamCount);
      expect(rows.map((r) => r.place)).toEqual(Array.from({ length: teamCount }, (_, i) => i + 1));
      expect('code' in (rows[0].team as object)).toBe(variables.withCodes);
      expect('createdAt' in (rows[0].team as object)).toBe(!variables.noDates);
      expect(rows[0].__typename).toBe('LeaderboardRow');
    }
    const names = (await app.ok(`query($id: ID!) { leaderboard(driveId: $id) { team { name } } }`, { id: drive.id })).leaderboard.map((r: { team: { name: string } }) => r.team.name);
    for (const name of AWKWARD_NAMES) expect(names.some((n: string) => n.startsWith(`${name} `))).toBe(true);
  });

  it('answers the public its figures from the worker, and a board beside an error', async () => {
    const query = `query($id: ID!) { leaderboard(driveId: $id) { rank team { name } checkedIn deferred } drive(id: $id) { title } }`;
    const { here, fromWorker, rendered } = await bothWays(query, { id: drive.id });
    expect(rendered).toBe(1);
    expect(fromWorker).toEqual(here);
    expect(errorCode(fromWorker)).toBeTruthy();
    const rows = fromWorker.data?.leaderboard as { deferred: number | null }[];
    expect(rows).toHaveLength(teamCount);
    expect(rows.every((r) => r.deferred === null)).toBe(true); // withheld from the public
  });

  it('computes on the event loop a board asking for a field with a resolver, and a draft is still not found', async () => {
    const rendered = renderer().boardsRendered;
    const { leaderboard } = await app.ok(`query($id: ID!) { leaderboard(driveId: $id) { rank team { name leads { id } } } }`, { id: drive.id }, { token: make.organizerToken });
    expect(leaderboard).toHaveLength(teamCount);
    expect(renderer().boardsRendered).toBe(rendered);
    const draft = await make.drive({ status: 'DRAFT' });
    expect(errorCode(await app.gql(`query($id: ID!) { leaderboard(driveId: $id) { rank } }`, { id: draft.id }))).toBe('NOT_FOUND');
    expect(renderer().boardsRendered).toBe(rendered);
  });

  it('answers while its worker ends mid-board, and starts another for the next board', async () => {
    const query = `query($id: ID!) { leaderboard(driveId: $id) { rank team { name } } }`;
    const expected = await app.ok(query, { id: drive.id }, { token: make.organizerToken });
    // The worker is stopped as soon as the board is handed to it.
    const postMessage = Worker.prototype.postMessage;
    const handedOver = jest.spyOn(Worker.prototype, 'postMessage').mockImplementationOnce(function (this: Worker, task: unknown) {
      postMessage.call(this, task);
      void this.terminate();
    });
    const before = renderer().boardsRendered;
    expect(await app.ok(query, { id: drive.id }, { token: make.organizerToken })).toEqual(expected);
    expect(handedOver).toHaveBeenCalledTimes(1);
    handedOver.mockRestore();
    expect(renderer().boardsRendered).toBe(before); // computed here
    const rendered = renderer().boardsRendered;
    expect(await app.ok(query, { id: drive.id }, { token: make.organizerToken })).toEqual(expected);
    expect(renderer().boardsRendered).toBe(rendered + 1);
  });

  it('keeps its worker when PostgreSQL closes the worker’s idle connections', async () => {
    const query = `query($id: ID!) { leaderboard(driveId: $id) { rank } }`;
    // The worker that answers: the one a board is handed to.
    const handedTo = jest.spyOn(Worker.prototype, 'postMessage');
    await app.ok(query, { id: drive.id }, { token: make.organizerToken });
    const worker = handedTo.mock.contexts.at(-1) as Worker;
    handedTo.mockRestore();
    let ended = false;
    worker.once('exit', () => (ended = true));
    const closed = await app.sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'life-relay-boards' AND datname = current_database()`);
    expect(closed.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ended).toBe(false);
    const rendered = renderer().boardsRendered;
    const again = jest.spyOn(Worker.prototype, 'postMessage');
    await app.ok(query, { id: drive.id }, { token: make.organizerToken });
    expect(again.mock.contexts.at(-1)).toBe(worker);
    again.mockRestore();
    expect(renderer().boardsRendered).toBe(rendered + 1);
  });

  it('keeps the worker’s connections through a quiet spell longer than pg’s idle timeout', async () => {
    const query = `query($id: ID!) { leaderboard(driveId: $id) { rank } }`;
    const workerConnections = async (): Promise<number> =>
      (await app.sql(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'life-relay-boards' AND datname = current_database()`))[0].count;
    const rendered = renderer().boardsRendered;
    // Two boards at once: the worker reads them on both of its connections.
    await Promise.all([app.ok(query, { id: drive.id }, { token: make.organizerToken }), app.ok(query, { id: drive.id }, { token: make.organizerToken })]);
    expect(renderer().boardsRendered).toBe(rendered + 2);
    const opened = await workerConnections();
    expect(opened).toBeGreaterThan(0);
    // pg's pool closes a connection idle for 10 s unless told to keep it.
    await new Promise((resolve) => setTimeout(resolve, 11_500));
    expect(await workerConnections()).toBe(opened);
  }, 30_000);

  it('renders in a thread of its own running in the background, the event loop’s priority untouched', async () => {
    /** This process's threads at the background's nice value (the 19th field of a thread's stat, after its name). */
    const backgroundThreads = () =>
      readdirSync('/proc/self/task').filter((thread) => {
        const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) === BACKGROUND_NICE;
      }).length;
    const handedTo = jest.spyOn(Worker.prototype, 'postMessage');
    await app.ok(`query($id: ID!) { leaderboard(driveId: $id) { rank } }`, { id: drive.id }, { token: make.organizerToken });
    const worker = handedTo.mock.contexts.at(-1) as Worker;
    handedTo.mockRestore();
    const withWorker = backgroundThreads();
    expect(withWorker).toBeGreaterThanOrEqual(1);
    expect(getPriority()).toBe(0);
    // The thread that goes with the worker is the one that ran in the background.
    await worker.terminate();
    expect(backgroundThreads()).toBe(withWorker - 1);
    expect(getPriority()).toBe(0);
  });

  it('lists only fields that the API answers from the row itself (no resolver method that could be guarded)', () => {
    const schema = app.server.app.get(GraphQLSchemaHost).schema;
    const preloaded = new Set(PRELOADED_PUBLIC_FIELDS.map(([type, field]) => `${type}.${field}`));
    // Nest answers a resolver method with a bound function, a plain field with an arrow reading the property.
    const isResolverMethod = (typeName: string, fieldName: string) => {
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      if (!field) throw new Error(`No field ${typeName}.${fieldName}`);
      return (field.resolve?.name ?? '').startsWith('bound ');
    };
    expect(isResolverMethod('Team', 'leads')).toBe(true);
    for (const name of BOARD_ROW_FIELDS) {
      const [type, field] = name.split('.');
      expect([name, isResolverMethod(type, field) && !preloaded.has(name)]).toEqual([name, false]);
    }
  });
});
