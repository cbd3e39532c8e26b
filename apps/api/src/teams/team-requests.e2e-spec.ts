// Team requests (issue 22): a college coordinator asks for a team through the organization's
// public link; an organizer approves many at once (teams made, coordinators invited as leads) or
// declines. Only the organization's organizers decide; viewers may read; nobody else.
import { Role } from '@life-relay/domain';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';
import { TestSmtp } from '../testing/test-smtp';

const LINK = `{ teamRequestLink { url } }`;
const ROTATE = `mutation { rotateTeamRequestLink { url } }`;
const FORM = `query($token: String!) { teamRequestForm(token: $token) { organizationName } }`;
const REQUEST = `mutation($token: String!, $input: RequestTeamInput!) { requestTeam(token: $token, input: $input) }`;
const LIST = `query($status: TeamRequestStatus) { teamRequests(status: $status) { id collegeName teamName coordinatorName coordinatorEmail status teamId decidedAt } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveTeamRequests(ids: $ids) { error request { id status teamId } } }`;
const DECLINE = `mutation($ids: [ID!]!) { declineTeamRequests(ids: $ids) { id status teamId } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`;

describe('team requests', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let admin: string;
  let organizer: string;
  let token: string;
  let n = 0;
  const unique = () => `${++n}-${Date.now()}`;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    app = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://relay.test' });
    admin = await app.adminToken();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    token = tokenOf((await app.ok(LINK, {}, { token: organizer })).teamRequestLink.url);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  const tokenOf = (url: string) => url.replace('http://relay.test/join-team/', '');
  const input = (college: string, over: Record<string, string> = {}) => ({
    collegeName: college,
    teamName: `${college} blood club`,
    coordinatorName: `Coordinator of ${college}`,
    coordinatorEmail: `coordinator-${unique()}@campus.test`,
    ...over,
  });
  /** A request through the public link; its id, as organizers see it. */
  const requested = async (college: string, over: Record<string, string> = {}, link = token) => {
    const sent = input(college, over);
    expect((await app.ok(REQUEST, { token: link, input: sent })).requestTeam).toBe(true);
    const [row] = await app.sql(`SELECT id FROM team_requests WHERE coordinator_email = $1 ORDER BY created_at DESC LIMIT 1`, [sent.coordinatorEmail]);
    return { id: row.id as string, ...sent };
  };
  /** Someone invited into an organization (the first, unless named) who has set their password. */
  const member = async (role: string, organizationId?: string, inviter = admin) => {
    const email = `${role.toLowerCase()}-${unique()}@relay.test`;
    const { inviteUser } = await app.ok(INVITE, { input: { email, name: `${role} person`, role, organizationId } }, { token: inviter });
    const setup = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token: setup, password: 'a-good-password' } });
    return { id: inviteUser.user.id as string, email, token: setPassword.token as string };
  };
  const otherOrganization = async () => {
    const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: `Elsewhere ${unique()}` } }, { token: admin });
    return { id: createOrganization.id as string, organizer: await member('ORGANIZER', createOrganization.id) };
  };
  const mailsTo = async (address: string) => {
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    return smtp.to(address);
  };

  it('gives organizers a link that names their organization, and a new one that ends the old', async () => {
    const [org] = await app.sql(`SELECT o.name FROM organizations o JOIN team_request_links l ON l.organization_id = o.id WHERE l.token = $1`, [token]);
    expect((await app.ok(FORM, { token })).teamRequestForm).toEqual({ organizationName: org.name });
    // The same link on every look.
    expect(tokenOf((await app.ok(LINK, {}, { token: organizer })).teamRequestLink.url)).toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const elsewhere = await otherOrganization();
    const old = tokenOf((await app.ok(LINK, {}, { token: elsewhere.organizer.token })).teamRequestLink.url);
    const fresh = tokenOf((await app.ok(ROTATE, {}, { token: elsewhere.organizer.token })).rotateTeamRequestLink.url);
    expect(fresh).not.toBe(old);
    expect((await app.ok(FORM, { token: old })).teamRequestForm).toBeNull();
    expect(errorCode(await app.gql(REQUEST, { token: old, input: input('Old Link College') }))).toBe('NOT_FOUND');
    expect(await app.sql(`SELECT id FROM team_requests WHERE college_name = 'Old Link College'`)).toEqual([]);
  });

  it('answers a bad request field by field, and an unknown link as NOT_FOUND', async () => {
    const bad = await app.gql(REQUEST, { token, input: { collegeName: ' ', teamName: '', coordinatorName: ' ', coordinatorEmail: 'not-an-email' } });
    expect(badFields(bad).sort()).toEqual(['collegeName', 'coordinatorEmail', 'coordinatorName', 'teamName']);
    expect(errorCode(await app.gql(REQUEST, { token: 'no-such-link-at-all', input: input('Nowhere College') }))).toBe('NOT_FOUND');
  });

  it('answers the same whether or not the coordinator’s e-mail has an account', async () => {
    const lead = await member('TEAM_LEAD');
    const known = await app.gql(REQUEST, { token, input: input('Known College', { coordinatorEmail: lead.email }) });
    const unknown = await app.gql(REQUEST, { token, input: input('Unknown College') });
    expect(known).toEqual(unknown);
  });

  it('lets an organizer approve three at once: three teams, three leads invited by e-mail; audited', async () => {
    const existing = `Existing College ${unique()}`;
    const { createCollege } = await app.ok(`mutation($input: CreateCollegeInput!) { createCollege(input: $input) { id } }`, { input: { name: existing } }, { token: organizer });
    const requests = [await requested(existing.toUpperCase()), await requested(`North College ${unique()}`), await requested(`South College ${unique()}`)];

    const { teamRequests } = await app.ok(LIST, { status: 'PENDING' }, { token: organizer });
    expect(teamRequests.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(requests.map((r) => r.id)));
    expect(teamRequests.find((r: { id: string }) => r.id === requests[1].id)).toMatchObject({ coordinatorEmail: requests[1].coordinatorEmail, status: 'PENDING', teamId: null, decidedAt: null });

    const { approveTeamRequests } = await app.ok(APPROVE, { ids: requests.map((r) => r.id) }, { token: organizer });
    expect(approveTeamRequests).toHaveLength(3);
    for (const decision of approveTeamRequests) expect(decision).toMatchObject({ error: null, request: { status: 'APPROVED', teamId: expect.any(String) } });

    const teams = await app.sql(
      `SELECT t.id, t.name, t.college_id, c.name AS college, u.email, u.role, u.organization_id = t.organization_id AS same_org
         FROM team_requests r JOIN teams t ON t.id = r.team_id JOIN colleges c ON c.id = t.college_id
         JOIN team_leads l ON l.team_id = t.id JOIN users u ON u.id = l.user_id
        WHERE r.id = ANY($1) ORDER BY r.created_at`,
      [requests.map((r) => r.id)],
    );
    expect(teams.map((t) => t.email)).toEqual(requests.map((r) => r.coordinatorEmail));
    expect(teams.map((t) => t.name)).toEqual(requests.map((r) => r.teamName));
    for (const t of teams) expect(t).toMatchObject({ role: 'TEAM_LEAD', same_org: true });
    // The college of that name, however typed, not a second one.
    expect(teams[0].college_id).toBe(createCollege.id);
    for (const r of requests) {
      const [mail] = await mailsTo(r.coordinatorEmail);
      expect(mail?.text).toContain('http://relay.test/');
    }

    const [event] = await app.sql(`SELECT details FROM audit_events WHERE action = 'TEAM_REQUESTS_APPROVED' ORDER BY at DESC LIMIT 1`);
    expect(event.details).toEqual({ requests: 3, teamIds: expect.arrayContaining(teams.map((t) => t.id)), refused: [] });
    expect(await app.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'PERSONAL_DATA_READ' AND details->>'teamRequests' IS NOT NULL`)).toEqual([{ n: 1 }]);

    // Approving again changes nothing and says why.
    const again = await app.ok(APPROVE, { ids: [requests[0].id] }, { token: organizer });
    expect(again.approveTeamRequests).toEqual([{ error: 'alreadyDecided', request: { id: requests[0].id, status: 'APPROVED', teamId: teams[0].id } }]);
  });

  it('makes a lead of this organization the lead of the new team, and refuses an account elsewhere on its own', async () => {
    const lead = await member('TEAM_LEAD');
    const elsewhere = await otherOrganization();
    const theirs = await member('TEAM_LEAD', elsewhere.id);
    const mine = await requested(`Second Team College ${unique()}`, { coordinatorEmail: lead.email });
    const foreign = await requested(`Foreign College ${unique()}`, { coordinatorEmail: theirs.email });
    const staff = await requested(`Staff College ${unique()}`, { coordinatorEmail: (await member('VIEWER')).email });

    const { approveTeamRequests } = await app.ok(APPROVE, { ids: [mine.id, foreign.id, staff.id] }, { token: organizer });
    const byId = new Map(approveTeamRequests.map((d: { request: { id: string } }) => [d.request.id, d]));
    expect(byId.get(mine.id)).toMatchObject({ error: null, request: { status: 'APPROVED' } });
    for (const id of [foreign.id, staff.id]) expect(byId.get(id)).toEqual({ error: 'emailBelongsToAnotherAccount', request: { id, status: 'PENDING', teamId: null } });

    const { myTeams } = await app.ok(`{ myTeams { team { name } } }`, {}, { token: lead.token });
    expect(myTeams.map((m: { team: { name: string } }) => m.team.name)).toContain(mine.teamName);
    // Nothing of the refused ones was written: no team, no college.
    expect(await app.sql(`SELECT id FROM colleges WHERE name = ANY($1)`, [[foreign.collegeName, staff.collegeName]])).toEqual([]);
    expect(await app.sql(`SELECT count(*)::int AS n FROM team_leads WHERE user_id = $1`, [theirs.id])).toEqual([{ n: 0 }]);
  });

  it('declines pending requests, and leaves decided ones as they are', async () => {
    const a = await requested(`Declined College ${unique()}`);
    const b = await requested(`Approved College ${unique()}`);
    await app.ok(APPROVE, { ids: [b.id] }, { token: organizer });
    const { declineTeamRequests } = await app.ok(DECLINE, { ids: [a.id, b.id] }, { token: organizer });
    expect(declineTeamRequests).toEqual(
      expect.arrayContaining([
        { id: a.id, status: 'DECLINED', teamId: null },
        { id: b.id, status: 'APPROVED', teamId: expect.any(String) },
      ]),
    );
    expect(await app.sql(`SELECT id FROM teams WHERE name = $1`, [a.teamName])).toEqual([]);
    expect(await app.sql(`SELECT id FROM users WHERE email = $1`, [a.coordinatorEmail])).toEqual([]);
    expect((await app.ok(LIST, { status: 'DECLINED' }, { token: organizer })).teamRequests.map((r: { id: string }) => r.id)).toContain(a.id);
    const [event] = await app.sql(`SELECT details FROM audit_events WHERE action = 'TEAM_REQUESTS_DECLINED' ORDER BY at DESC LIMIT 1`);
    expect(event.details).toEqual({ requestIds: expect.arrayContaining([a.id, b.id]) });
  });

  it('tells a declined coordinator once, in the language they asked in, and nobody whose request was approved', async () => {
    const sent = input(`梧桐学院 ${unique()}`);
    expect((await app.ok(REQUEST, { token, input: sent }, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })).requestTeam).toBe(true);
    const [row] = await app.sql(`SELECT id FROM team_requests WHERE coordinator_email = $1`, [sent.coordinatorEmail]);
    const zh = { id: row.id as string, ...sent };
    const en = await requested(`Maple College ${unique()}`);
    const approved = await requested(`Approved Too ${unique()}`);
    await app.ok(APPROVE, { ids: [approved.id] }, { token: organizer });
    // Two organizers at once, then a second click: each request is declined, and told, once.
    await Promise.all([app.ok(DECLINE, { ids: [zh.id, en.id, approved.id] }, { token: organizer }), app.ok(DECLINE, { ids: [en.id, zh.id] }, { token: organizer })]);
    await app.ok(DECLINE, { ids: [zh.id, en.id] }, { token: organizer });
    const queued = await app.sql(`SELECT purpose, recipient, locale, payload FROM outbox WHERE purpose = 'TEAM_REQUEST_DECLINED' AND recipient = ANY($1) ORDER BY locale`, [
      [zh.coordinatorEmail, en.coordinatorEmail, approved.coordinatorEmail],
    ]);
    expect(queued).toEqual([
      { purpose: 'TEAM_REQUEST_DECLINED', recipient: en.coordinatorEmail, locale: 'en', payload: { teamRequestId: en.id } },
      { purpose: 'TEAM_REQUEST_DECLINED', recipient: zh.coordinatorEmail, locale: 'zh-CN', payload: { teamRequestId: zh.id } },
    ]);

    const [enMail] = await mailsTo(en.coordinatorEmail);
    expect(enMail.subject).toMatch(/^Your team request to /);
    expect(enMail.text).toContain(`Hello ${en.coordinatorName}`);
    expect(enMail.text).toContain(`"${en.teamName}" of ${en.collegeName}`);
    expect(enMail.text).toContain('declined');
    const zhMails = await mailsTo(zh.coordinatorEmail);
    expect(zhMails).toHaveLength(1);
    expect(zhMails[0].subject).toMatch(/组队申请/);
    expect(zhMails[0].text).toContain(`“${zh.teamName}”`);
    expect(zhMails[0].text).toContain('已拒绝');
    expect((await mailsTo(en.coordinatorEmail)).filter((m) => m.subject?.startsWith('Your team request'))).toHaveLength(1);
    expect((await mailsTo(approved.coordinatorEmail)).filter((m) => m.subject?.startsWith('Your team request'))).toEqual([]);
  });

  it('keeps each organization’s requests to its own people: another’s are NOT_FOUND and unlisted', async () => {
    const elsewhere = await otherOrganization();
    const theirLink = tokenOf((await app.ok(LINK, {}, { token: elsewhere.organizer.token })).teamRequestLink.url);
    const theirs = await requested(`Their College ${unique()}`, {}, theirLink);
    const ours = await requested(`Our College ${unique()}`);

    expect(errorCode(await app.gql(APPROVE, { ids: [theirs.id] }, { token: organizer }))).toBe('NOT_FOUND');
    // One of another organization's among one's own: nothing at all is approved.
    expect(errorCode(await app.gql(APPROVE, { ids: [ours.id, theirs.id] }, { token: organizer }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(DECLINE, { ids: [theirs.id] }, { token: organizer }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(APPROVE, { ids: ['not-a-uuid'] }, { token: organizer }))).toBe('NOT_FOUND');
    expect(await app.sql(`SELECT status FROM team_requests WHERE id = ANY($1)`, [[theirs.id, ours.id]])).toEqual([{ status: 'PENDING' }, { status: 'PENDING' }]);

    const listed = (await app.ok(LIST, {}, { token: organizer })).teamRequests.map((r: { id: string }) => r.id);
    expect(listed).toContain(ours.id);
    expect(listed).not.toContain(theirs.id);
    expect((await app.ok(LIST, {}, { token: elsewhere.organizer.token })).teamRequests.map((r: { id: string }) => r.id)).toEqual([theirs.id]);
  });

  it('lets a viewer list but not decide, and refuses team leads and anonymous callers', async () => {
    const request = await requested(`Guarded College ${unique()}`);
    const viewer = await member('VIEWER');
    expect((await app.ok(LIST, {}, { token: viewer.token })).teamRequests.map((r: { id: string }) => r.id)).toContain(request.id);
    for (const op of [APPROVE, DECLINE]) expect(errorCode(await app.gql(op, { ids: [request.id] }, { token: viewer.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(LINK, {}, { token: viewer.token }))).toBe('FORBIDDEN');

    const lead = await member('TEAM_LEAD');
    for (const op of [APPROVE, DECLINE]) expect(errorCode(await app.gql(op, { ids: [request.id] }, { token: lead.token }))).toBe('FORBIDDEN');
    for (const q of [LIST, LINK, ROTATE]) expect(errorCode(await app.gql(q, {}, { token: lead.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(APPROVE, { ids: [request.id] }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(LIST))).toBe('UNAUTHENTICATED');
    expect(await app.sql(`SELECT status FROM team_requests WHERE id = $1`, [request.id])).toEqual([{ status: 'PENDING' }]);
  });

  it('takes one request per call, and answers RATE_LIMITED past the public budget', async () => {
    const twice = await app.gql(`mutation($t: String!, $a: RequestTeamInput!, $b: RequestTeamInput!) { a: requestTeam(token: $t, input: $a) b: requestTeam(token: $t, input: $b) }`, {
      t: token,
      a: input('Alias College A'),
      b: input('Alias College B'),
    });
    expect(twice.errors?.[0].message).toMatch(/only one/);

    const limited = await createTestApp({ RATE_LIMIT_SIGN_UP: '2' });
    try {
      const lead = (await limited.userWithRole(Role.ORGANIZER)).token;
      const link = tokenOf((await limited.ok(LINK, {}, { token: lead })).teamRequestLink.url.replace(/^https?:\/\/[^/]+/, 'http://relay.test'));
      expect((await limited.gql(REQUEST, { token: link, input: input('Rush College 1') })).errors).toBeUndefined();
      expect((await limited.gql(REQUEST, { token: link, input: input('Rush College 2') })).errors).toBeUndefined();
      expect(errorCode(await limited.gql(REQUEST, { token: link, input: input('Rush College 3') }))).toBe('RATE_LIMITED');
      expect(await limited.sql(`SELECT count(*)::int AS n FROM team_requests`)).toEqual([{ n: 2 }]);
    } finally {
      await limited.close();
    }
  });
});
