// Two organizations share one installation (issue 19). The people of one (an organizer, a
// viewer, desk staff and a team lead) call every operation of the schema and the CSV route with
// the other's ids, and nothing of the other's comes back or changes. Generated from the schema,
// as the anonymous test is, so an operation added later is covered without being listed here.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNamedType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLScalarType,
  GraphQLSchema,
  isNonNullType,
} from 'graphql';
import { Factories } from '../testing/factories';
import { badFields as badFieldsOf, createTestApp, errorCode, TestApp } from '../testing/test-app';

/** Operations anyone may call: tested as anonymous already; their answers are public by design. */
const PUBLIC_OPERATIONS = new Set([
  'login', 'setPassword', 'publicDrive', 'requestSignUpCode', 'signUp', 'cancelSignUp', 'changeShift', 'mySignUp', 'leaderboard', 'collegeLeaderboard', 'upcomingDrives', 'publicCampaign',
  'requestMyDataLink', 'myData', 'requestMyContactCode', 'updateMyData', 'setMyMessageKind', 'withdrawMyConsent', 'eraseMyData',
  'callOutAsk', 'answerCallOut',
  'teamRequestForm', 'requestTeam',
]);

/** What an `id` argument names, by operation; other id arguments say it by their name (driveId …). */
const ID_OF: Record<string, Kind> = {
  drive: 'drive', copyDrive: 'drive', updateDrive: 'drive', publishDrive: 'drive', closeDrive: 'drive',
  updateShift: 'shift', removeShift: 'shift',
  team: 'team', updateTeam: 'team',
  campaign: 'campaign', updateCampaign: 'campaign',
  updateCampaignStage: 'campaignStage', removeCampaignStage: 'campaignStage',
  volunteer: 'volunteer', eraseVolunteer: 'volunteer',
};
/** Not called by the owner's people in the pass that reads everything: they cannot be undone (privacy/erasure.e2e-spec.ts, campaigns/contests.e2e-spec.ts test them). */
const NOT_BY_OWNER = new Set(['eraseVolunteer', 'removeCampaignStage']);
const ARG_KIND: Record<string, Kind> = {
  driveId: 'drive', shiftId: 'shift', signUpId: 'signUp', teamId: 'team', campaignId: 'campaign', userId: 'user',
  keepId: 'volunteer', mergeId: 'volunteer', organizationId: 'organization', deskDriveIds: 'drive', driveIds: 'drive', teamIds: 'team',
};
type Kind = 'drive' | 'shift' | 'signUp' | 'team' | 'campaign' | 'campaignStage' | 'user' | 'volunteer' | 'organization';

interface Organization {
  id: string;
  organizer: string;
  people: Record<'organizer' | 'viewer' | 'desk' | 'lead', string>;
  ids: Record<Kind, string>;
  /** Strings that are this organization's own: ids, names, contacts. */
  markers: string[];
}

describe('two organizations on one installation', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let first: Organization;
  let second: Organization;

  beforeAll(async () => {
    app = await createTestApp();
    schema = app.server.app.get(GraphQLSchemaHost).schema;
    const admin = await app.adminToken();
    first = await organization(app, admin, 'Hohhot Central Blood Station', 1);
    second = await organization(app, admin, 'Inner Mongolia Stem Cell Registry', 2);
  });
  afterAll(() => app.close());

  it('answer every operation called with the other’s ids without its data, for every role', async () => {
    const leaks: string[] = [];
    let calls = 0;
    for (const [role, token] of Object.entries(second.people)) {
      for (const call of operations(schema, first.ids)) {
        calls++;
        const result = await app.gql(call.query, call.variables, { token });
        const shown = JSON.stringify(result.data ?? {});
        const leaked = first.markers.filter((m) => shown.includes(m));
        if (leaked.length) leaks.push(`${role} ${call.name}: ${leaked.join(', ')}`);
      }
    }
    expect(calls).toBeGreaterThan(100);
    expect(leaks).toEqual([]);
  });

  it('refuse every operation that names the other’s drive, shift, sign-up, team, campaign or volunteer', async () => {
    const answered: string[] = [];
    for (const [role, token] of Object.entries(second.people)) {
      for (const call of operations(schema, first.ids).filter((c) => c.namesOther)) {
        const result = await app.gql(call.query, call.variables, { token });
        const code = errorCode(result);
        const refused = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(code ?? '') || isEmptyAnswer(result.data, call.name);
        if (!refused) answered.push(`${role} ${call.name}: ${code ?? JSON.stringify(result.data)}`);
      }
    }
    expect(answered).toEqual([]);
  });

  it('change nothing of the other’s, whatever they call', async () => {
    const before = await snapshot(app, first.id);
    for (const token of Object.values(second.people)) {
      for (const call of operations(schema, first.ids).filter((c) => c.mutation)) await app.gql(call.query, call.variables, { token });
    }
    expect(await snapshot(app, first.id)).toEqual(before);
  });

  it('refuse the other’s sign-ups as CSV to every role', async () => {
    for (const token of Object.values(second.people)) {
      const res = await app.http.get(`/api/drives/${first.ids.drive}/sign-ups.csv`).set('authorization', `Bearer ${token}`);
      expect([403, 404]).toContain(res.status);
      expect(res.text).not.toContain(first.markers[0]);
    }
    const own = await app.http.get(`/api/drives/${first.ids.drive}/sign-ups.csv`).set('authorization', `Bearer ${first.people.organizer}`);
    expect(own.status).toBe(200);
  });

  it('let each organization’s own people see its data (the same calls are not empty for everyone)', async () => {
    let shownToOwner = 0;
    for (const call of operations(schema, first.ids).filter((c) => !NOT_BY_OWNER.has(c.name))) {
      const result = await app.gql(call.query, call.variables, { token: first.people.organizer });
      if (first.markers.some((m) => JSON.stringify(result.data ?? {}).includes(m))) shownToOwner++;
    }
    expect(shownToOwner).toBeGreaterThan(15);
  });

  it('let an admin see both, and each organizer list only their own drives, teams and people', async () => {
    const admin = await app.adminToken();
    const LISTS = `{ drives { edges { node { id } } } teams { edges { node { id } } } users { id } organizations { id } campaigns { id } }`;
    const all = JSON.stringify((await app.ok(LISTS, {}, { token: admin })));
    for (const id of [first.ids.drive, second.ids.drive, first.ids.team, second.ids.team, first.id, second.id]) expect(all).toContain(id);
    const mine = JSON.stringify(await app.ok(LISTS, {}, { token: second.organizer }));
    expect(mine).toContain(second.ids.drive);
    for (const id of [first.ids.drive, first.ids.team, first.ids.campaign, first.ids.user, first.id]) expect(mine).not.toContain(id);
  });

  it('show a person who signed up with both only with each one’s own sign-ups, and let only an admin merge their records', async () => {
    // The first organization's volunteer signs up for the second's drive too, by phone only.
    const [shared] = await app.sql(`SELECT phone FROM volunteers WHERE id = $1`, [first.ids.volunteer]);
    const make = new Factories(app, second.organizer);
    const drive = await make.drive();
    await make.signUp(drive, { email: null, phone: shared.phone, name: 'Shared person' });
    const BY_CONTACT = `query($c: String!) { volunteerByContact(contact: $c) { id signUps { id } donorHistory { donationCount } } }`;
    const seen = (await app.ok(BY_CONTACT, { c: shared.phone }, { token: second.organizer })).volunteerByContact;
    expect(seen.id).toBe(first.ids.volunteer);
    expect(seen.signUps).toHaveLength(1);
    expect(JSON.stringify(seen)).not.toContain(first.ids.signUp);

    const other = await make.signUp(drive, { name: 'Another record' });
    const [otherVolunteer] = await app.sql(`SELECT volunteer_id AS id FROM sign_ups WHERE id = $1`, [other.id]);
    const MERGE = `mutation($k: ID!, $m: ID!) { mergeVolunteers(keepId: $k, mergeId: $m) { id } }`;
    expect(errorCode(await app.gql(MERGE, { k: otherVolunteer.id, m: first.ids.volunteer }, { token: second.organizer }))).toBe('FORBIDDEN');
    // Someone only the first organization knows is not found by the second.
    const onlyFirst = { email: 'org1.two@campus.test' };
    expect((await app.ok(BY_CONTACT, { c: onlyFirst.email }, { token: second.organizer })).volunteerByContact).toBeNull();
    expect((await app.ok(BY_CONTACT, { c: onlyFirst.email }, { token: first.organizer })).volunteerByContact).not.toBeNull();
  });

  it('let an organizer give their desk staff other desks of their own organization, and nothing else', async () => {
    const SET = `mutation($u: ID!, $d: [ID!]!) { setDeskDrives(userId: $u, driveIds: $d) { id deskDriveIds } }`;
    const SEARCH = `query($d: ID!, $t: String!) { checkInSearch(driveId: $d, text: $t) { id } }`;
    const make = new Factories(app, second.organizer);
    const next = await make.drive();
    await make.signUp(next, { name: 'Volunteer at the next desk', email: 'next.desk@campus.test', phone: '13900009999' });
    const [{ id: deskId }] = await app.sql(`SELECT u.id FROM users u JOIN desk_drives d ON d.user_id = u.id WHERE d.drive_id = $1`, [second.ids.drive]);
    expect(errorCode(await app.gql(SEARCH, { d: next.id, t: 'Volunteer' }, { token: second.people.desk }))).toBe('NOT_FOUND');

    const set = await app.ok(SET, { u: deskId, d: [next.id] }, { token: second.organizer });
    expect(set.setDeskDrives.deskDriveIds).toEqual([next.id]);
    expect((await app.ok(SEARCH, { d: next.id, t: 'Volunteer' }, { token: second.people.desk })).checkInSearch).toHaveLength(1);
    expect(errorCode(await app.gql(SEARCH, { d: second.ids.drive, t: 'Volunteer' }, { token: second.people.desk }))).toBe('NOT_FOUND');

    expect(errorCode(await app.gql(SET, { u: deskId, d: [first.ids.drive] }, { token: second.organizer }))).toBe('NOT_FOUND');
    expect(badFieldsOf(await app.gql(SET, { u: deskId, d: [] }, { token: second.organizer }))).toEqual(['driveIds']);
    expect(badFieldsOf(await app.gql(SET, { u: second.ids.user, d: [next.id] }, { token: second.organizer }))).toEqual(['driveIds']);
    expect(errorCode(await app.gql(SET, { u: deskId, d: [next.id] }, { token: second.people.viewer }))).toBe('FORBIDDEN');
    expect((await app.ok(SET, { u: deskId, d: [second.ids.drive] }, { token: second.organizer })).setDeskDrives.deskDriveIds).toEqual([second.ids.drive]);
  });

  it('name a team’s organization, and let an admin list one organization’s drives', async () => {
    const admin = await app.adminToken();
    const team = await app.ok(`query($id: ID!) { team(id: $id) { organization { id } } }`, { id: first.ids.team }, { token: admin });
    expect(team.team.organization.id).toBe(first.id);
    const drives = await app.ok(`query($o: ID) { drives(organizationId: $o) { edges { node { id organization { id } } } } }`, { o: second.id }, { token: admin });
    expect(drives.drives.edges.map((e: { node: { organization: { id: string } } }) => e.node.organization.id).every((id: string) => id === second.id)).toBe(true);
    expect(JSON.stringify(drives)).toContain(second.ids.drive);
  });

  it('keep desk staff to the desks of their drives, and viewers from changing anything', async () => {
    const SEARCH = `query($d: ID!, $t: String!) { checkInSearch(driveId: $d, text: $t) { id } }`;
    expect((await app.ok(SEARCH, { d: second.ids.drive, t: 'Volunteer' }, { token: second.people.desk })).checkInSearch.length).toBeGreaterThan(0);
    const other = await new Factories(app, second.organizer).drive();
    expect(errorCode(await app.gql(SEARCH, { d: other.id, t: 'Volunteer' }, { token: second.people.desk }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(`{ teams { totalCount } }`, {}, { token: second.people.desk }))).toBe('FORBIDDEN');
    const CHECK_IN = `mutation($id: ID!) { checkIn(signUpId: $id) { status } }`;
    expect((await app.ok(CHECK_IN, { id: second.ids.signUp }, { token: second.people.desk })).checkIn.status).toBe('CHECKED_IN');

    expect((await app.ok(`query($id: ID!) { drive(id: $id) { id } }`, { id: second.ids.drive }, { token: second.people.viewer })).drive.id).toBe(second.ids.drive);
    expect(errorCode(await app.gql(`mutation($id: ID!) { publishDrive(id: $id) { id } }`, { id: other.id }, { token: second.people.viewer }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CHECK_IN, { id: second.ids.signUp }, { token: second.people.viewer }))).toBe('FORBIDDEN');
  });
});

/** An organization with its people and a published drive, a team, a campaign and two sign-ups. */
async function organization(app: TestApp, admin: string, name: string, n: number): Promise<Organization> {
  const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`, { input: { name } }, { token: admin });
  const orgId: string = createOrganization.id;
  const organizer = await member(app, admin, 'ORGANIZER', orgId);
  const make = new Factories(app, organizer.token);
  const { createCampaign } = await app.ok(`mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }`, { input: { name: `${name} week` } }, { token: organizer.token });
  const drive = await make.drive({ input: { title: `${name} drive`, campaignId: createCampaign.id } });
  const { addCampaignStage } = await app.ok(
    `mutation($c: ID!, $input: CampaignStageInput!) { addCampaignStage(campaignId: $c, input: $input) { id } }`,
    { c: createCampaign.id, input: { name: 'Preliminaries', startsAt: '2030-01-01T00:00:00Z', endsAt: '2031-01-01T00:00:00Z' } },
    { token: organizer.token },
  );
  const team = await make.team(`${name} club`, `${name} college`);
  const signUps = [
    await make.signUp(drive, { teamCode: team.code, name: `${name} volunteer one`, email: `org${n}.one@campus.test`, phone: `1390000${n}001` }),
    await make.signUp(drive, { teamCode: team.code, name: `${name} volunteer two`, email: `org${n}.two@campus.test`, phone: `1390000${n}002`, bloodType: 'O_NEG' }),
  ];
  const viewer = await member(app, admin, 'VIEWER', orgId);
  const desk = await member(app, organizer.token, 'DESK', orgId, [drive.id]);
  const lead = await member(app, organizer.token, 'TEAM_LEAD', orgId);
  await app.ok(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: team.id, u: lead.id }, { token: organizer.token });
  const [volunteer] = await app.sql(`SELECT volunteer_id AS id FROM sign_ups WHERE id = $1`, [signUps[0].id]);
  const ids = { drive: drive.id, shift: drive.shifts[0], signUp: signUps[0].id, team: team.id, campaign: createCampaign.id, campaignStage: addCampaignStage.id, user: lead.id, volunteer: volunteer.id, organization: orgId };
  return {
    id: orgId,
    organizer: organizer.token,
    people: { organizer: organizer.token, viewer: viewer.token, desk: desk.token, lead: lead.token },
    ids,
    markers: [signUps[0].email, signUps[1].email, `${name} volunteer`, `${name} drive`, ...Object.values(ids), ...signUps.map((s) => s.id), organizer.email, lead.email],
  };
}

/** Someone invited into an organization who has set their password; their token. */
async function member(app: TestApp, inviter: string, role: string, organizationId: string, deskDriveIds?: string[]) {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@relay.test`;
  const { inviteUser } = await app.ok(
    `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`,
    { input: { email, name: `${role} person`, role, organizationId, deskDriveIds } },
    { token: inviter },
  );
  const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
  const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
  return { id: inviteUser.user.id as string, email, token: setPassword.token as string };
}

interface Call {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
  /** An argument names one of the other organization's drives, shifts, sign-ups, teams, … */
  namesOther: boolean;
}

/** Every query and mutation that is not public, with the given ids wherever an argument names one. */
function operations(schema: GraphQLSchema, ids: Record<Kind, string>): Call[] {
  const calls: Call[] = [];
  for (const [root, mutation] of [[schema.getQueryType(), false], [schema.getMutationType(), true]] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (PUBLIC_OPERATIONS.has(field.name)) continue;
      const named = { value: false };
      const variables = Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, a.name, field.name, ids, named)]).filter(([, v]) => v !== undefined));
      const args = field.args.filter((a) => variables[a.name] !== undefined);
      const signature = args.length ? `(${args.map((a) => `$${a.name}: ${a.type}`).join(', ')})` : '';
      const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      const op = mutation ? 'mutation' : 'query';
      calls.push({ name: field.name, query: `${op} ${signature} { ${field.name}${call} ${selectionOf(field.type, 3)} }`, variables, mutation, namesOther: named.value });
    }
  }
  return calls;
}

/** An argument's value: the other's id where it names one, a harmless sample where it is required. */
function valueFor(type: GraphQLInputType, name: string, operation: string, ids: Record<Kind, string>, named: { value: boolean }): unknown {
  const required = isNonNullType(type);
  const inner = required ? (type as GraphQLNonNull<GraphQLInputType>).ofType : type;
  const kind = name === 'id' ? ID_OF[operation] : ARG_KIND[name];
  const list = inner instanceof GraphQLList;
  const leaf = list ? ((inner as GraphQLList<GraphQLInputType>).ofType as GraphQLInputType) : inner;
  const named_ = leaf instanceof GraphQLNonNull ? leaf.ofType : leaf;
  if (kind && (named_ as GraphQLNamedType).name === 'ID') {
    if (kind !== 'organization') named.value = true;
    return list ? [ids[kind]] : ids[kind];
  }
  if (named_ instanceof GraphQLInputObjectType) {
    if (!required && !Object.values(named_.getFields()).some((f) => ARG_KIND[f.name])) return undefined;
    const fields = Object.values(named_.getFields())
      .map((f) => [f.name, valueFor(f.type, f.name, operation, ids, named)] as const)
      .filter(([, v]) => v !== undefined);
    const value = Object.fromEntries(fields);
    return list ? [value] : value;
  }
  if (!required) return undefined;
  const sample = sampleOf(named_ as GraphQLInputType, name);
  return list ? [sample] : sample;
}

function sampleOf(type: GraphQLInputType, name: string): unknown {
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  const scalar = (type as GraphQLScalarType).name;
  if (scalar === 'String') return /email|contact/i.test(name) ? 'someone@relay.test' : /text|search/i.test(name) ? 'volunteer' : 'Sample';
  return { ID: '00000000-0000-4000-8000-000000000000', Int: 1, Float: 1, Boolean: false, DateTime: '2031-01-01T10:00:00Z' }[scalar] ?? 'x';
}

/** Every field without required arguments, to `depth` levels: what a caller could read. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  let t: unknown = type;
  while (t instanceof GraphQLNonNull || t instanceof GraphQLList) t = t.ofType;
  if (!(t instanceof GraphQLObjectType)) return '';
  const fields = Object.values(t.getFields() as Record<string, GraphQLField<unknown, unknown>>).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
  const parts = fields.flatMap((f) => {
    let inner: unknown = f.type;
    while (inner instanceof GraphQLNonNull || inner instanceof GraphQLList) inner = inner.ofType;
    if (!(inner instanceof GraphQLObjectType)) return [f.name];
    if (depth <= 1) return [];
    const sub = selectionOf(f.type, depth - 1);
    return sub ? [`${f.name} ${sub}`] : [];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

/** Refused by answering nothing: null, or an empty list or connection. */
function isEmptyAnswer(data: Record<string, unknown> | null, name: string): boolean {
  const value = data?.[name];
  if (value == null) return true;
  if (Array.isArray(value)) return value.length === 0;
  const edges = (value as { edges?: unknown[] }).edges;
  return Array.isArray(edges) && edges.length === 0;
}

/** What an organization has, as stored: unchanged by anything another does. */
async function snapshot(app: TestApp, organizationId: string) {
  return {
    drives: await app.sql(`SELECT id, title, status, location, starts_at, campaign_id, updated_at FROM drives WHERE organization_id = $1 ORDER BY id`, [organizationId]),
    shifts: await app.sql(`SELECT sh.id, sh.capacity, sh.starts_at FROM shifts sh JOIN drives d ON d.id = sh.drive_id WHERE d.organization_id = $1 ORDER BY sh.id`, [organizationId]),
    signUps: await app.sql(
      `SELECT s.id, s.status, s.shift_id, s.volunteer_id, s.team_id FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE d.organization_id = $1 ORDER BY s.id`,
      [organizationId],
    ),
    volunteers: await app.sql(
      `SELECT v.id, v.name, v.email, v.phone FROM volunteers v WHERE v.id IN (SELECT s.volunteer_id FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE d.organization_id = $1) ORDER BY v.id`,
      [organizationId],
    ),
    teams: await app.sql(`SELECT id, name, college_id FROM teams WHERE organization_id = $1 ORDER BY id`, [organizationId]),
    leads: await app.sql(`SELECT l.team_id, l.user_id FROM team_leads l JOIN teams t ON t.id = l.team_id WHERE t.organization_id = $1 ORDER BY 1, 2`, [organizationId]),
    campaigns: await app.sql(`SELECT id, name FROM campaigns WHERE organization_id = $1 ORDER BY id`, [organizationId]),
    users: await app.sql(`SELECT id, role, password_hash IS NOT NULL AS active FROM users WHERE organization_id = $1 ORDER BY id`, [organizationId]),
  };
}
