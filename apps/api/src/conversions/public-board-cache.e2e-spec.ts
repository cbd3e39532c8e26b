// The public boards are shared between anonymous callers for PUBLIC_BOARD_CACHE_SECONDS:
// organizers see every change at once, the public within that time (and one computation), and the per-IP budget and
// the drafts' privacy hold as without the cache.
import { CONSENT_TEXT } from '@life-relay/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Factories, MadeDrive } from '../testing/factories';
import { createTestApp, errorCode, TestApp } from '../testing/test-app';
import { BoardRenderer } from './board-rendering/board-renderer';

const BOARD = `query($id: ID!) { leaderboard(driveId: $id) { rank team { name } signUps } }`;
const BOTH_BOARDS = `query($id: ID!) { leaderboard(driveId: $id) { team { name } signUps } collegeLeaderboard(driveId: $id) { college { name } signUps } }`;

type Board = { leaderboard: { team: { name: string }; signUps: number }[] };
const signUpsOf = (board: Board) => board.leaderboard.map((row) => `${row.team.name}: ${row.signUps}`);

describe('the public boards between anonymous callers', () => {
  let app: TestApp;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp({ PUBLIC_BOARD_CACHE_SECONDS: '1' });
    make = await Factories.withNewOrganizer(app);
  });
  afterAll(() => app.close());

  const org = <T = any>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: make.organizerToken });

  /** A drive with one team; published unless asked otherwise. */
  async function driveWithTeam(publish = true) {
    const drive = await make.drive({ capacities: [100], status: publish ? 'PUBLISHED' : 'DRAFT' });
    const team = await make.team(`Riders ${make.unique()}`, 'Inner Mongolia University');
    return { ...drive, teamCode: team.code, team: team.name };
  }

  const signUp = (drive: MadeDrive & { teamCode: string }) => make.signUp(drive, { teamCode: drive.teamCode });

  it('sends a shared board compressed once (brotli or gzip) to everyone who accepts it, and as it is to the rest', async () => {
    const drive = await driveWithTeam();
    // A board worth compressing (over 1 KB): twenty teams with a sign-up each.
    for (let i = 0; i < 20; i++) {
      const team = await make.team(`Blood Riders of the Northern Campus ${make.unique()}`, 'Inner Mongolia University of Technology');
      await signUp({ ...drive, teamCode: team.code });
    }
    const ask = (encoding: string) => app.http.post('/graphql').set('content-type', 'application/json').set('accept-encoding', encoding).send({ query: BOARD, variables: { id: drive.id } });

    const plain = await ask('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = JSON.stringify(plain.body);
    expect(json.length).toBeGreaterThan(1024);
    // The shared answer is compressed in the background (gzip may be ready before brotli and is
    // sent meanwhile, and a recomputed answer starts uncompressed again); once it is, it is sent
    // whole, with its length.
    const askUntilSentWhole = async (accepted: string, expected: string) => {
      let res = await ask(accepted);
      for (let tries = 0; !(res.headers['content-length'] && res.headers['content-encoding'] === expected) && tries < 40; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        res = await ask(accepted);
      }
      return res;
    };
    const brotli = await askUntilSentWhole('gzip, deflate, br', 'br');
    const gzipped = await askUntilSentWhole('gzip', 'gzip');
    for (const [res, encoding] of [[brotli, 'br'], [gzipped, 'gzip']] as const) {
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(Number(res.headers['content-length'])).toBeLessThan(json.length / 2);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(JSON.stringify(res.body)).toBe(json);
    }
    expect((await ask('identity')).headers['content-encoding']).toBeUndefined();
  });

  it('shows the public the board as it was for up to the configured time and one computation, organizers every change at once', async () => {
    const drive = await driveWithTeam();
    await signUp(drive);
    const before = await app.ok<Board>(BOARD, { id: drive.id });
    expect(signUpsOf(before)).toEqual([`${drive.team}: 1`]);

    await signUp(drive);
    expect(signUpsOf(await org<Board>(BOARD, { id: drive.id }))).toEqual([`${drive.team}: 2`]);
    expect(await app.ok<Board>(BOARD, { id: drive.id })).toEqual(before);

    // Once the answer is older than that, the next caller still gets it at once, and the new
    // one is computed meanwhile for those who follow.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await app.ok<Board>(BOARD, { id: drive.id })).toEqual(before);
    let after = signUpsOf(await app.ok<Board>(BOARD, { id: drive.id }));
    for (let tries = 0; tries < 20 && after[0] !== `${drive.team}: 2`; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = signUpsOf(await app.ok<Board>(BOARD, { id: drive.id }));
    }
    expect(after).toEqual([`${drive.team}: 2`]);

    // Nobody asked for twice that time: the next caller waits for the board as it is now.
    await signUp(drive);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(signUpsOf(await app.ok<Board>(BOARD, { id: drive.id }))).toEqual([`${drive.team}: 3`]);
  });

  it('computes a board once for everyone first asking for it at the same moment', async () => {
    const drive = await driveWithTeam();
    await signUp(drive);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    // Whole boards are computed by the board worker, which this process's spy does not see.
    const renderer = app.server.app.get(BoardRenderer);
    const renderedBefore = renderer.boardsRendered;
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => app.gql<Board>(BOTH_BOARDS, { id: drive.id })));
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      expect(answers[0].errors).toBeUndefined();
      const computedHere = spy.mock.calls.filter(([sql]) => /FROM drive_team_stats s[\s\S]*row_number\(\)/.test(String(sql)));
      expect(computedHere.length + renderer.boardsRendered - renderedBefore).toBe(2); // the team board and the college board, once
    } finally {
      spy.mockRestore();
    }
  });

  it('never shares an error: a draft is not found until it is published, then its board shows at once', async () => {
    const drive = await driveWithTeam(false);
    expect(errorCode(await app.gql(BOARD, { id: drive.id }))).toBe('NOT_FOUND');
    await make.publish(drive.id);
    await signUp(drive);
    expect(signUpsOf(await app.ok<Board>(BOARD, { id: drive.id }))).toEqual([`${drive.team}: 1`]);
  });

  it('shares an answer only between callers of the same language: the consent text is in each one\'s own', async () => {
    const drive = await driveWithTeam();
    const PUBLIC_DRIVE = `query($slug: String!) { publicDrive(slug: $slug) { title consentText } }`;
    const inLanguage = (language: string) => app.ok(PUBLIC_DRIVE, { slug: drive.slug }, { headers: { 'accept-language': language } });
    const chinese = await inLanguage('zh-CN,zh;q=0.9');
    const english = await inLanguage('en-US,en;q=0.9');
    expect(chinese.publicDrive.consentText).toBe(CONSENT_TEXT['zh-CN']);
    expect(english.publicDrive.consentText).toBe(CONSENT_TEXT.en);
    // Another way of asking for a language shares that language's answer.
    expect(await inLanguage('zh')).toEqual(chinese);
  });

  it('answers each caller afresh when a query asks for more than the public boards', async () => {
    const drive = await driveWithTeam();
    const withMine = `query($id: ID!, $token: String!) { leaderboard(driveId: $id) { signUps } mySignUp(manageToken: $token) { status } }`;
    const token = (await signUp(drive)).manageToken as string;
    expect(await app.ok(withMine, { id: drive.id, token })).toEqual({ leaderboard: [{ signUps: 1 }], mySignUp: { status: 'REGISTERED' } });
    await signUp(drive);
    expect((await app.ok(withMine, { id: drive.id, token })).leaderboard).toEqual([{ signUps: 2 }]);
  });
});

describe('the per-IP read budget with the board cache', () => {
  it('spends a request of the budget on every read, shared or not', async () => {
    const app = await createTestApp({ PUBLIC_BOARD_CACHE_SECONDS: '60', RATE_LIMIT_PUBLIC_READ: '3' });
    try {
      const createDrive = await (await Factories.withNewOrganizer(app)).drive({ capacities: [10], input: { title: 'Budget drive', kind: 'GENERAL' } });
      for (let i = 0; i < 3; i++) expect((await app.gql(BOARD, { id: createDrive.id })).errors).toBeUndefined();
      const refused = await app.gql(BOARD, { id: createDrive.id });
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
