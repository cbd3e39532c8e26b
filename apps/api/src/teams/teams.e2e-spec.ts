// Colleges, recruiting teams and their share codes, and who leads them, through the API.
import { Role } from '@life-relay/domain';
import { badFields, createTestApp, errorCode, GraphQLResult, TestApp } from '../testing/test-app';

const TEAM_FIELDS = `id name code createdAt college { id name }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { ${TEAM_FIELDS} } }`;
const UPDATE_TEAM = `mutation($id: ID!, $input: UpdateTeamInput!) { updateTeam(id: $id, input: $input) { ${TEAM_FIELDS} } }`;
const TEAM = `query($id: ID!) { team(id: $id) { ${TEAM_FIELDS} } }`;
const TEAMS = `query($collegeId: ID, $search: String, $first: Int, $after: String) {
  teams(collegeId: $collegeId, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name code } }
  }
}`;
const ASSIGN = `mutation($teamId: ID!, $userId: ID!) { assignTeamLead(teamId: $teamId, userId: $userId) { id leads { id name role } } }`;
const REMOVE = `mutation($teamId: ID!, $userId: ID!) { removeTeamLead(teamId: $teamId, userId: $userId) { id leads { id } } }`;
const COLLEGES = `query($search: String) { colleges(search: $search) { id name teamCount } }`;
const CREATE_COLLEGE = `mutation($input: CreateCollegeInput!) { createCollege(input: $input) { id name } }`;
const MY_TEAMS = `{ me { id teams { id name } } }`;

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;
const UNKNOWN_ID = '0b4c6a1e-8f2d-4e3a-b7c9-5d1e2f3a4b6c';

interface TeamPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string; code: string } }[];
}

describe('teams', () => {
  let app: TestApp;
  let asOrganizer: { token: string };
  let counter = 0;

  beforeAll(async () => {
    app = await createTestApp();
    asOrganizer = { token: (await app.userWithRole(Role.ORGANIZER)).token };
  });
  afterAll(() => app.close());

  async function createTeam(input: Record<string, unknown> = {}) {
    return (await app.ok(CREATE_TEAM, { input: { name: `Red Drop Team ${++counter}`, ...input } }, asOrganizer)).createTeam;
  }

  async function teamCount(): Promise<number> {
    const [row] = await app.sql('SELECT count(*)::int AS n FROM teams');
    return row.n;
  }

  const keysOf = (result: GraphQLResult) =>
    Object.fromEntries((result.errors?.[0].extensions.fields ?? []).map((f) => [f.field, f.key]));
  const namesOf = (page: TeamPage) => page.edges.map((e) => e.node.name);

  describe('team codes', () => {
    it('gives a new team a six-character code from the unambiguous alphabet', async () => {
      const team = await createTeam({ name: 'Hohhot Riders' });
      expect(team.code).toMatch(CODE);
      expect(team.code).not.toMatch(/[0O1IL]/);
      const [row] = await app.sql('SELECT code FROM teams WHERE id = $1', [team.id]);
      expect(row.code).toBe(team.code);
    });

    it('gives 50 teams 50 different codes', async () => {
      const codes: string[] = [];
      for (let i = 0; i < 50; i++) codes.push((await createTeam({ name: `Codes team ${i}` })).code);
      expect(codes.every((code) => CODE.test(code))).toBe(true);
      expect(new Set(codes).size).toBe(50);
    });

    it('keeps the code when the team is renamed or moved to another college', async () => {
      const team = await createTeam({ name: 'Grassland Volunteers', collegeName: 'Inner Mongolia Normal University' });
      const renamed = (await app.ok(UPDATE_TEAM, { id: team.id, input: { name: 'Grassland Volunteers 2031' } }, asOrganizer)).updateTeam;
      const moved = (await app.ok(UPDATE_TEAM, { id: team.id, input: { collegeName: 'Inner Mongolia Agricultural University' } }, asOrganizer)).updateTeam;
      expect(renamed).toMatchObject({ name: 'Grassland Volunteers 2031', code: team.code, college: team.college });
      expect(moved).toMatchObject({ name: 'Grassland Volunteers 2031', code: team.code, college: { name: 'Inner Mongolia Agricultural University' } });
      expect(moved.college.id).not.toBe(team.college.id);
    });
  });

  describe('colleges', () => {
    it('finds or creates a team’s college by name, whatever its case', async () => {
      const first = await createTeam({ collegeName: 'Inner Mongolia University' });
      const second = await createTeam({ collegeName: '  inner mongolia university ' });
      expect(first.college.name).toBe('Inner Mongolia University');
      expect(second.college).toEqual(first.college);
      const rows = await app.sql(`SELECT id FROM colleges WHERE lower(name::text) = 'inner mongolia university'`);
      expect(rows).toEqual([{ id: first.college.id }]);
      const listed = await app.ok(COLLEGES, { search: 'INNER MONGOLIA UNIVERSITY' }, asOrganizer);
      expect(listed.colleges).toEqual([{ id: first.college.id, name: 'Inner Mongolia University', teamCount: 2 }]);
    });

    it('puts a team in an existing college by its id, which wins over a name', async () => {
      const college = (await app.ok(CREATE_COLLEGE, { input: { name: 'Baotou Medical College' } }, asOrganizer)).createCollege;
      const team = await createTeam({ collegeId: college.id, collegeName: 'Some other college' });
      expect(team.college).toEqual(college);
      expect(await app.sql(`SELECT id FROM colleges WHERE name = 'Some other college'`)).toEqual([]);
    });

    it('creates a team without a college', async () => {
      const team = await createTeam({ name: 'Delivery riders of Hohhot' });
      expect(team.college).toBeNull();
    });

    it('refuses an unknown collegeId on the field collegeId, and writes nothing', async () => {
      const before = await teamCount();
      for (const collegeId of [UNKNOWN_ID, 'not-a-uuid']) {
        const result = await app.gql(CREATE_TEAM, { input: { name: 'Lost team', collegeId } }, asOrganizer);
        expect(keysOf(result)).toEqual({ collegeId: 'unknownCollege' });
      }
      const team = await createTeam();
      const move = await app.gql(UPDATE_TEAM, { id: team.id, input: { collegeId: UNKNOWN_ID } }, asOrganizer);
      expect(keysOf(move)).toEqual({ collegeId: 'unknownCollege' });
      expect(await teamCount()).toBe(before + 1);
      expect((await app.ok(TEAM, { id: team.id }, asOrganizer)).team.college).toBeNull();
    });

    it('returns the existing college when one of the same name is created again', async () => {
      const first = (await app.ok(CREATE_COLLEGE, { input: { name: 'Hohhot Vocational College' } }, asOrganizer)).createCollege;
      const again = (await app.ok(CREATE_COLLEGE, { input: { name: ' HOHHOT vocational college' } }, asOrganizer)).createCollege;
      expect(again).toEqual(first);
      expect(first.name).toBe('Hohhot Vocational College');
    });

    it('refuses a blank college name', async () => {
      const result = await app.gql(CREATE_COLLEGE, { input: { name: '  ' } }, asOrganizer);
      expect(keysOf(result)).toEqual({ name: 'blank' });
    });

    it('lists colleges by name with their number of teams, optionally matching a text', async () => {
      const alpha = (await app.ok(CREATE_COLLEGE, { input: { name: 'Listing Alpha College' } }, asOrganizer)).createCollege;
      const beta = (await app.ok(CREATE_COLLEGE, { input: { name: 'Listing Beta College' } }, asOrganizer)).createCollege;
      await createTeam({ collegeId: beta.id });
      await createTeam({ collegeId: beta.id });
      await createTeam({ collegeName: 'listing beta college' });
      const listed = await app.ok(COLLEGES, { search: ' listing ' }, asOrganizer);
      expect(listed.colleges).toEqual([
        { id: alpha.id, name: 'Listing Alpha College', teamCount: 0 },
        { id: beta.id, name: 'Listing Beta College', teamCount: 3 },
      ]);
      const all = await app.ok(COLLEGES, {}, asOrganizer);
      expect(all.colleges.map((c: { name: string }) => c.name)).toEqual(
        expect.arrayContaining(['Listing Alpha College', 'Listing Beta College', 'Inner Mongolia University']),
      );
    });
  });

  describe('teams listing', () => {
    it('lists the teams of one college by name', async () => {
      const college = (await app.ok(CREATE_COLLEGE, { input: { name: 'Ordering University' } }, asOrganizer)).createCollege;
      for (const name of ['Charlie', 'Alpha', 'Bravo']) await createTeam({ name, collegeId: college.id });
      const data = await app.ok<{ teams: TeamPage }>(TEAMS, { collegeId: college.id }, asOrganizer);
      expect(namesOf(data.teams)).toEqual(['Alpha', 'Bravo', 'Charlie']);
      expect(data.teams.totalCount).toBe(3);
    });

    it('finds teams by a part of the name and by their code, typed in lower case or with a dash', async () => {
      const target = await createTeam({ name: 'Searchable Lifeguards' });
      await createTeam({ name: 'Other Lifeguards' });
      const byName = await app.ok<{ teams: TeamPage }>(TEAMS, { search: 'searchable life' }, asOrganizer);
      expect(byName.teams.edges.map((e) => e.node.id)).toEqual([target.id]);
      for (const typed of [target.code.toLowerCase(), ` ${target.code.slice(0, 3).toLowerCase()}-${target.code.slice(3)} `]) {
        const byCode = await app.ok<{ teams: TeamPage }>(TEAMS, { search: typed }, asOrganizer);
        expect(byCode.teams.edges.map((e) => e.node)).toEqual([{ id: target.id, name: target.name, code: target.code }]);
        expect(byCode.teams.totalCount).toBe(1);
      }
    });

    it('pages through teams with cursors, giving every team exactly once', async () => {
      const college = (await app.ok(CREATE_COLLEGE, { input: { name: 'Paging Institute' } }, asOrganizer)).createCollege;
      // Two teams with the same name, so that the cursor has to break the tie.
      const names = ['Paging E', 'Paging A', 'Paging C', 'Paging C', 'Paging B', 'Paging D', 'Paging F'];
      const created = [];
      for (const name of names) created.push(await createTeam({ name, collegeId: college.id }));
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: TeamPage = (await app.ok<{ teams: TeamPage }>(TEAMS, { collegeId: college.id, first: 3, after }, asOrganizer)).teams;
        pages++;
        expect(page.totalCount).toBe(7);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(new Set(created.map((t) => t.id)));
      const all = await app.ok<{ teams: TeamPage }>(TEAMS, { collegeId: college.id }, asOrganizer);
      expect(all.teams.edges.map((e) => e.node.id)).toEqual(seen);
      expect(namesOf(all.teams)).toEqual([...names].sort());
    });

    it('refuses a page size out of range and a cursor it did not issue', async () => {
      for (const first of [0, 201]) expect(keysOf(await app.gql(TEAMS, { first }, asOrganizer))).toEqual({ first: 'outOfRange' });
      const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
      for (const after of ['garbage', forged(['Alpha']), forged(['Alpha', 'not-a-uuid']), forged(['Al\u0000pha', UNKNOWN_ID])]) {
        expect(keysOf(await app.gql(TEAMS, { after }, asOrganizer))).toEqual({ after: 'invalidValue' });
      }
    });

    it('answers NOT_FOUND for an unknown team', async () => {
      for (const id of [UNKNOWN_ID, 'ABCDEF']) {
        expect(errorCode(await app.gql(TEAM, { id }, asOrganizer))).toBe('NOT_FOUND');
        expect(errorCode(await app.gql(UPDATE_TEAM, { id, input: { name: 'x' } }, asOrganizer))).toBe('NOT_FOUND');
      }
    });
  });

  describe('team leads', () => {
    it('assigns a team lead, and assigning them twice is harmless', async () => {
      const team = await createTeam();
      const lead = await app.userWithRole(Role.TEAM_LEAD, '其其格');
      const first = (await app.ok(ASSIGN, { teamId: team.id, userId: lead.id }, asOrganizer)).assignTeamLead;
      const again = (await app.ok(ASSIGN, { teamId: team.id, userId: lead.id }, asOrganizer)).assignTeamLead;
      expect(first.leads).toEqual([{ id: lead.id, name: '其其格', role: 'TEAM_LEAD' }]);
      expect(again.leads).toEqual(first.leads);
      expect(await app.sql('SELECT user_id FROM team_leads WHERE team_id = $1', [team.id])).toEqual([{ user_id: lead.id }]);
    });

    it('refuses an account that is not a team lead, and an unknown account, on the field userId', async () => {
      const team = await createTeam();
      const organizer = await app.userWithRole(Role.ORGANIZER);
      const notALead = await app.gql(ASSIGN, { teamId: team.id, userId: organizer.id }, asOrganizer);
      expect(keysOf(notALead)).toEqual({ userId: 'notATeamLead' });
      for (const userId of [UNKNOWN_ID, 'not-a-uuid']) {
        expect(keysOf(await app.gql(ASSIGN, { teamId: team.id, userId }, asOrganizer))).toEqual({ userId: 'unknownUser' });
      }
      expect(await app.sql('SELECT user_id FROM team_leads WHERE team_id = $1', [team.id])).toEqual([]);
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      expect(errorCode(await app.gql(ASSIGN, { teamId: UNKNOWN_ID, userId: lead.id }, asOrganizer))).toBe('NOT_FOUND');
    });

    it('shows organizers every lead of a team, and lets one lead lead several teams', async () => {
      const [north, south] = [await createTeam({ name: 'North Gate Team' }), await createTeam({ name: 'South Gate Team' })];
      const [ana, bai] = [await app.userWithRole(Role.TEAM_LEAD, 'Ana'), await app.userWithRole(Role.TEAM_LEAD, 'Bai')];
      await app.ok(ASSIGN, { teamId: north.id, userId: ana.id }, asOrganizer);
      await app.ok(ASSIGN, { teamId: north.id, userId: bai.id }, asOrganizer);
      await app.ok(ASSIGN, { teamId: south.id, userId: ana.id }, asOrganizer);
      const northLeads = (await app.ok(`query($id: ID!) { team(id: $id) { leads { id name } } }`, { id: north.id }, asOrganizer)).team.leads;
      expect(northLeads).toEqual([
        { id: ana.id, name: 'Ana' },
        { id: bai.id, name: 'Bai' },
      ]);
      const anasTeams = (await app.ok(MY_TEAMS, {}, { token: ana.token })).me.teams;
      expect(anasTeams).toEqual([
        { id: north.id, name: 'North Gate Team' },
        { id: south.id, name: 'South Gate Team' },
      ]);
      // Organizers see anyone's teams.
      const users = (await app.ok(`{ users(role: TEAM_LEAD) { id teams { name } } }`, {}, asOrganizer)).users;
      expect(users.find((u: { id: string }) => u.id === bai.id).teams).toEqual([{ name: 'North Gate Team' }]);
    });

    it('removes a team lead, who then no longer sees the team', async () => {
      const team = await createTeam({ name: 'Short-lived leadership' });
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      await app.ok(ASSIGN, { teamId: team.id, userId: lead.id }, asOrganizer);
      expect((await app.ok(TEAM, { id: team.id }, { token: lead.token })).team.id).toBe(team.id);
      const removed = (await app.ok(REMOVE, { teamId: team.id, userId: lead.id }, asOrganizer)).removeTeamLead;
      expect(removed).toEqual({ id: team.id, leads: [] });
      expect((await app.ok(MY_TEAMS, {}, { token: lead.token })).me.teams).toEqual([]);
      expect(errorCode(await app.gql(TEAM, { id: team.id }, { token: lead.token }))).toBe('FORBIDDEN');
      // Removing again is harmless.
      expect((await app.ok(REMOVE, { teamId: team.id, userId: lead.id }, asOrganizer)).removeTeamLead.leads).toEqual([]);
    });

    it('lets a team lead see their own team and refuses them any other', async () => {
      const [own, other] = [await createTeam({ collegeName: 'Lead College' }), await createTeam()];
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      await app.ok(ASSIGN, { teamId: own.id, userId: lead.id }, asOrganizer);
      const mine = await app.ok(TEAM, { id: own.id }, { token: lead.token });
      expect(mine.team).toEqual(own);
      const theirs = await app.gql(TEAM, { id: other.id }, { token: lead.token });
      expect(errorCode(theirs)).toBe('FORBIDDEN');
      expect(theirs.data).toBeNull();
    });

    it('hides who leads a team, and other users’ teams, from a team lead', async () => {
      const team = await createTeam();
      const secret = await createTeam({ name: 'Only my co-lead leads this' });
      const [lead, coLead] = [await app.userWithRole(Role.TEAM_LEAD), await app.userWithRole(Role.TEAM_LEAD)];
      await app.ok(ASSIGN, { teamId: team.id, userId: lead.id }, asOrganizer);
      await app.ok(ASSIGN, { teamId: team.id, userId: coLead.id }, asOrganizer);
      await app.ok(ASSIGN, { teamId: secret.id, userId: coLead.id }, asOrganizer);
      // The only way a team lead could reach another User is through Team.leads, which is refused.
      const result = await app.gql(`query($id: ID!) { team(id: $id) { name leads { id email teams { name } } } }`, { id: team.id }, { token: lead.token });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(JSON.stringify(result.data)).not.toContain(coLead.email);
      expect(JSON.stringify(result.data)).not.toContain(secret.name);
    });
  });

  describe('access', () => {
    async function codesFor(token: string | null) {
      const team = await createTeam({ name: 'Access check team' });
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const before = await teamCount();
      const calls: Record<string, [string, Record<string, unknown>]> = {
        teams: [TEAMS, {}],
        team: [TEAM, { id: team.id }],
        createTeam: [CREATE_TEAM, { input: { name: 'Not allowed' } }],
        updateTeam: [UPDATE_TEAM, { id: team.id, input: { name: 'Taken over' } }],
        assignTeamLead: [ASSIGN, { teamId: team.id, userId: lead.id }],
        removeTeamLead: [REMOVE, { teamId: team.id, userId: lead.id }],
        colleges: [COLLEGES, {}],
        createCollege: [CREATE_COLLEGE, { input: { name: 'Not allowed college' } }],
      };
      const codes: Record<string, string | undefined> = {};
      for (const [name, [query, variables]] of Object.entries(calls)) {
        const result = await app.gql(query, variables, { token });
        expect(result.data?.[name] ?? null).toBeNull();
        codes[name] = errorCode(result);
      }
      expect(await teamCount()).toBe(before);
      expect((await app.ok(TEAM, { id: team.id }, asOrganizer)).team.name).toBe('Access check team');
      expect(await app.sql('SELECT 1 FROM team_leads WHERE team_id = $1', [team.id])).toEqual([]);
      expect(await app.sql(`SELECT 1 FROM colleges WHERE name = 'Not allowed college'`)).toEqual([]);
      return codes;
    }

    it('refuses anonymous callers with UNAUTHENTICATED on every team and college operation', async () => {
      expect(await codesFor(null)).toEqual({
        teams: 'UNAUTHENTICATED',
        team: 'UNAUTHENTICATED',
        createTeam: 'UNAUTHENTICATED',
        updateTeam: 'UNAUTHENTICATED',
        assignTeamLead: 'UNAUTHENTICATED',
        removeTeamLead: 'UNAUTHENTICATED',
        colleges: 'UNAUTHENTICATED',
        createCollege: 'UNAUTHENTICATED',
      });
      expect(errorCode(await app.gql(MY_TEAMS))).toBe('UNAUTHENTICATED');
    });

    it('refuses team leads with FORBIDDEN on listing and changing teams and colleges', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      expect(await codesFor(lead.token)).toEqual({
        teams: 'FORBIDDEN',
        team: 'FORBIDDEN', // not a team this lead leads
        createTeam: 'FORBIDDEN',
        updateTeam: 'FORBIDDEN',
        assignTeamLead: 'FORBIDDEN',
        removeTeamLead: 'FORBIDDEN',
        colleges: 'FORBIDDEN',
        createCollege: 'FORBIDDEN',
      });
    });

    it('lets an admin do what an organizer does', async () => {
      const as = { token: await app.adminToken() };
      const team = (await app.ok(CREATE_TEAM, { input: { name: 'Admin team', collegeName: 'Admin College' } }, as)).createTeam;
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      await app.ok(ASSIGN, { teamId: team.id, userId: lead.id }, as);
      const renamed = (await app.ok(UPDATE_TEAM, { id: team.id, input: { name: 'Admin team renamed' } }, as)).updateTeam;
      expect(renamed).toMatchObject({ code: team.code, name: 'Admin team renamed' });
      const found = await app.ok(`query($id: ID!) { team(id: $id) { leads { id } } }`, { id: team.id }, as);
      expect(found.team.leads).toEqual([{ id: lead.id }]);
      expect((await app.ok(COLLEGES, { search: 'Admin College' }, as)).colleges).toEqual([{ id: team.college.id, name: 'Admin College', teamCount: 1 }]);
      expect((await app.ok<{ teams: TeamPage }>(TEAMS, { search: team.code }, as)).teams.totalCount).toBe(1);
    });
  });

  describe('validation', () => {
    it('refuses a blank name and a name longer than 120 characters, field by field, writing nothing', async () => {
      const before = await teamCount();
      const blank = await app.gql(CREATE_TEAM, { input: { name: ' \t ' } }, asOrganizer);
      const tooLong = await app.gql(CREATE_TEAM, { input: { name: '队'.repeat(121), collegeName: 'c'.repeat(161) } }, asOrganizer);
      expect(keysOf(blank)).toEqual({ name: 'blank' });
      expect(keysOf(tooLong)).toEqual({ name: 'tooLong', collegeName: 'tooLong' });
      expect(badFields(tooLong)).toEqual(['collegeName', 'name']);
      expect(await teamCount()).toBe(before);
      expect(await app.sql(`SELECT 1 FROM colleges WHERE name = $1`, ['c'.repeat(161)])).toEqual([]);
      expect((await createTeam({ name: '队'.repeat(120) })).name).toHaveLength(120);
    });

    it('refuses a blank or too long new name, keeping the old one', async () => {
      const team = await createTeam({ name: 'Keeps its name' });
      for (const name of ['   ', 'x'.repeat(121)]) {
        expect(badFields(await app.gql(UPDATE_TEAM, { id: team.id, input: { name } }, asOrganizer))).toEqual(['name']);
      }
      // null leaves the name as it is.
      expect((await app.ok(UPDATE_TEAM, { id: team.id, input: { name: null } }, asOrganizer)).updateTeam.name).toBe('Keeps its name');
    });

    it('keeps Chinese names with quotes and apostrophes exactly as typed, trimming only the ends', async () => {
      const names = [`内蒙古大学“热血青年”志愿队`, `O'Brien's "Blood Brothers"`, `呼和浩特「外卖骑手」献血团 ‘94次’`, `Robert'); DROP TABLE teams;--`];
      for (const name of names) {
        const team = await createTeam({ name: `  ${name}  `, collegeName: `  ${name} 学院 ` });
        expect(team.name).toBe(name);
        expect(team.college.name).toBe(`${name} 学院`);
        const [row] = await app.sql('SELECT name FROM teams WHERE id = $1', [team.id]);
        expect(row.name).toBe(name);
        expect((await app.ok(TEAM, { id: team.id }, asOrganizer)).team.name).toBe(name);
      }
      expect(await teamCount()).toBeGreaterThan(0);
    });
  });
});
