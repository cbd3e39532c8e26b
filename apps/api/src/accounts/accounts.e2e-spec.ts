import { Role } from '@life-relay/domain';
import { JwtService } from '@nestjs/jwt';
import { ADMIN_EMAIL, ADMIN_PASSWORD, badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token role expiresAt } }`;
const ME = `{ me { id email name role active } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id email role active } setPasswordUrl expiresAt } }`;
const SET_PASSWORD = `mutation($input: SetPasswordInput!) { setPassword(input: $input) { token role } }`;

describe('accounts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, who can sign in', async () => {
    const data = await app.ok(LOGIN, { e: ADMIN_EMAIL.toUpperCase(), p: ADMIN_PASSWORD });
    expect(data.login.role).toBe('ADMIN');
    const me = await app.ok(ME, {}, { token: data.login.token });
    expect(me.me).toMatchObject({ email: ADMIN_EMAIL, role: 'ADMIN', active: true });
  });

  it('stores the password as an argon2id hash', async () => {
    const [user] = await app.sql('SELECT password_hash FROM users WHERE email = $1', [ADMIN_EMAIL]);
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password and an unknown e-mail alike with UNAUTHENTICATED', async () => {
    const wrong = await app.gql(LOGIN, { e: ADMIN_EMAIL, p: 'not-the-password' });
    const unknown = await app.gql(LOGIN, { e: 'nobody@relay.test', p: ADMIN_PASSWORD });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('refuses a forged, an expired and a malformed token with UNAUTHENTICATED', async () => {
    const forged = await new JwtService({ secret: 'another-secret-that-is-long-enough-x' }).signAsync({ sub: '00000000-0000-0000-0000-000000000000' });
    const expired = await new JwtService({ secret: app.config.jwtSecret }).signAsync(
      { sub: '00000000-0000-0000-0000-000000000000', exp: Math.floor(Date.now() / 1000) - 60 },
    );
    const admin = await app.adminToken();
    const tampered = admin.slice(0, -2) + (admin.endsWith('AA') ? 'BB' : 'AA');
    for (const token of [forged, expired, 'not-a-jwt', tampered]) {
      expect(errorCode(await app.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await app.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned (alg none) token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const me = await app.ok(ME, {}, { token: await app.adminToken() });
    const payload = Buffer.from(JSON.stringify({ sub: me.me.id, exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    expect(errorCode(await app.gql(ME, {}, { token: `${header}.${payload}.` }))).toBe('UNAUTHENTICATED');
  });

  it('lets an admin invite an organizer, who sets a password once through the link and signs in', async () => {
    const admin = await app.adminToken();
    const invited = await app.ok(INVITE, { input: { email: ' New.Organizer@Relay.test ', name: '王芳', role: 'ORGANIZER' } }, { token: admin });
    expect(invited.inviteUser.user).toMatchObject({ email: 'new.organizer@relay.test', role: 'ORGANIZER', active: false });
    expect(invited.inviteUser.setPasswordUrl).toMatch(/^http:\/\/localhost:\d+\/set-password#token=[\w-]{40,}$/);

    // Before the password is set, the account cannot sign in.
    expect(errorCode(await app.gql(LOGIN, { e: 'new.organizer@relay.test', p: '' }))).toBe('UNAUTHENTICATED');

    const token = tokenOf(invited.inviteUser.setPasswordUrl);
    const set = await app.ok(SET_PASSWORD, { input: { token, password: 'organizer-pass-1' } });
    expect(set.setPassword.role).toBe('ORGANIZER');
    const login = await app.ok(LOGIN, { e: 'new.organizer@relay.test', p: 'organizer-pass-1' });
    expect(login.login.role).toBe('ORGANIZER');

    // The link works once.
    const again = await app.gql(SET_PASSWORD, { input: { token, password: 'another-pass-123' } });
    expect(badFields(again)).toEqual(['token']);
  });

  it('refuses an unknown set-password token and a short password, field by field', async () => {
    const result = await app.gql(SET_PASSWORD, { input: { token: 'x', password: 'short' } });
    expect(badFields(result)).toEqual(['password']);
    const unknown = await app.gql(SET_PASSWORD, { input: { token: 'no-such-token', password: 'long-enough-pass' } });
    expect(badFields(unknown)).toEqual(['token']);
  });

  it('reports every bad field of an invitation at once, in the caller’s language', async () => {
    const admin = await app.adminToken();
    const result = await app.gql(INVITE, { input: { email: 'not-an-email', name: '   ', role: 'ORGANIZER' } }, {
      token: admin,
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    });
    expect(badFields(result)).toEqual(['email', 'name']);
    const email = result.errors?.[0].extensions.fields?.find((f) => f.field === 'email');
    expect(email).toMatchObject({ key: 'invalidEmail', message: '请输入有效的电子邮箱地址。' });
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const admin = await app.adminToken();
    await app.ok(INVITE, { input: { email: 'lead@relay.test', name: 'Lead', role: 'TEAM_LEAD' } }, { token: admin });
    const again = await app.gql(INVITE, { input: { email: 'LEAD@relay.test', name: 'Lead 2', role: 'TEAM_LEAD' } }, { token: admin });
    expect(badFields(again)).toEqual(['email']);
  });

  it('lets organizers invite team leads but not organizers; team leads invite nobody', async () => {
    const organizer = await app.userWithRole(Role.ORGANIZER);
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    const ok = await app.gql(INVITE, { input: { email: 'lead2@relay.test', name: 'Lead', role: 'TEAM_LEAD' } }, { token: organizer.token });
    expect(ok.errors).toBeUndefined();
    const organizerInvitesOrganizer = await app.gql(INVITE, { input: { email: 'org2@relay.test', name: 'Org', role: 'ORGANIZER' } }, { token: organizer.token });
    expect(errorCode(organizerInvitesOrganizer)).toBe('FORBIDDEN');
    const leadInvites = await app.gql(INVITE, { input: { email: 'lead3@relay.test', name: 'Lead', role: 'TEAM_LEAD' } }, { token: lead.token });
    expect(errorCode(leadInvites)).toBe('FORBIDDEN');
    const anonymous = await app.gql(INVITE, { input: { email: 'lead4@relay.test', name: 'Lead', role: 'TEAM_LEAD' } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('refuses to invite another admin', async () => {
    const admin = await app.adminToken();
    const result = await app.gql(INVITE, { input: { email: 'admin2@relay.test', name: 'Admin', role: 'ADMIN' } }, { token: admin });
    expect(badFields(result)).toEqual(['role']);
  });

  it('lists users for organizers only, optionally by role', async () => {
    const organizer = await app.userWithRole(Role.ORGANIZER);
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    const leads = await app.ok(`{ users(role: TEAM_LEAD) { email role } }`, {}, { token: organizer.token });
    expect(leads.users.every((u: { role: string }) => u.role === 'TEAM_LEAD')).toBe(true);
    expect(leads.users.map((u: { email: string }) => u.email)).toContain(lead.email);
    expect(errorCode(await app.gql(`{ users { email } }`, {}, { token: lead.token }))).toBe('FORBIDDEN');
  });

  it('gives an admin a fresh set-password link for an account, replacing a lost one', async () => {
    const admin = await app.adminToken();
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    const link = await app.ok(`mutation($id: ID!) { passwordSetupLink(userId: $id) { setPasswordUrl } }`, { id: lead.id }, { token: admin });
    await app.ok(SET_PASSWORD, { input: { token: tokenOf(link.passwordSetupLink.setPasswordUrl), password: 'brand-new-pass-9' } });
    expect((await app.ok(LOGIN, { e: lead.email, p: 'brand-new-pass-9' })).login.role).toBe('TEAM_LEAD');
    const organizer = await app.userWithRole(Role.ORGANIZER);
    expect(errorCode(await app.gql(`mutation($id: ID!) { passwordSetupLink(userId: $id) { setPasswordUrl } }`, { id: lead.id }, { token: organizer.token }))).toBe('FORBIDDEN');
  });
});
