// Account lifecycle (issue 19): deactivation, role and password changes end every session of the
// account at once; a used set-password link voids the account's others; the owner is told about
// any change or reset of their password, and never through a message carrying a link.
import { Role } from '@life-relay/domain';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { ADMIN_EMAIL, ADMIN_PASSWORD, badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';
import { TestSmtp } from '../testing/test-smtp';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token role } }`;
const ME = `{ me { id role } }`;
const SET_PASSWORD = `mutation($input: SetPasswordInput!) { setPassword(input: $input) { token role } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token role expiresAt } }`;
const LINK = `mutation($id: ID!) { passwordSetupLink(userId: $id) { setPasswordUrl } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(userId: $id) { id status active deactivatedAt } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(userId: $id) { id status active deactivatedAt } }`;
const CHANGE_ROLE = `mutation($id: ID!, $role: Role!) { changeUserRole(userId: $id, role: $role) { id role status } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`;
const PASSWORD = 'a-good-password'; // what TestApp.userWithRole sets
const SESSION_ENDED = 'Your session is invalid or has expired. Sign in again.';

describe('account lifecycle', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    app = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://relay.test' });
    admin = await app.adminToken();
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');
  const login = async (email: string, password: string) => (await app.ok(LOGIN, { e: email, p: password })).login.token as string;
  /** Whether a token is refused as an ended session (the same answer as for an expired one). */
  const refused = async (token: string) => {
    const result = await app.gql(ME, {}, { token });
    return errorCode(result) === 'UNAUTHENTICATED' && result.errors?.[0].message === SESSION_ENDED;
  };
  const mailsTo = async (address: string) => {
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    return smtp.to(address);
  };

  describe('session revocation', () => {
    it('ends every session of the account when its owner changes the password, and the new token works at once', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const otherDevice = await login(lead.email, PASSWORD);
      const { changePassword } = await app.ok(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a-better-password' } }, { token: lead.token });
      // Tokens issued within the same second as the change: the older ones go, the new one stays.
      expect(await refused(lead.token)).toBe(true);
      expect(await refused(otherDevice)).toBe(true);
      expect((await app.ok(ME, {}, { token: changePassword.token })).me).toEqual({ id: lead.id, role: 'TEAM_LEAD' });
      expect(changePassword.role).toBe('TEAM_LEAD');
      expect(await refused(await login(lead.email, 'a-better-password'))).toBe(false);
      expect(errorCode(await app.gql(LOGIN, { e: lead.email, p: PASSWORD }))).toBe('UNAUTHENTICATED');
    });

    it('ends every session when the password is reset through a link, but not when the link is only made', async () => {
      const organizer = await app.userWithRole(Role.ORGANIZER);
      const link = (await app.ok(LINK, { id: organizer.id }, { token: admin })).passwordSetupLink.setPasswordUrl;
      expect(await refused(organizer.token)).toBe(false); // the owner may never use it
      const { setPassword } = await app.ok(SET_PASSWORD, { input: { token: tokenOf(link), password: 'reset-password-1' } });
      expect(await refused(organizer.token)).toBe(true);
      expect(await refused(setPassword.token)).toBe(false);
      expect(await refused(await login(organizer.email, 'reset-password-1'))).toBe(false);
    });

    it('ends every session when an admin changes the role, and a new sign-in carries the new role', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const { changeUserRole } = await app.ok(CHANGE_ROLE, { id: lead.id, role: 'ORGANIZER' }, { token: admin });
      expect(changeUserRole).toEqual({ id: lead.id, role: 'ORGANIZER', status: 'ACTIVE' });
      expect(await refused(lead.token)).toBe(true);
      const token = await login(lead.email, PASSWORD);
      expect((await app.ok(ME, {}, { token })).me.role).toBe('ORGANIZER');
      // Giving the role it already has changes nothing, and ends nothing.
      await app.ok(CHANGE_ROLE, { id: lead.id, role: 'ORGANIZER' }, { token: admin });
      expect(await refused(token)).toBe(false);
    });

    it('ends every session when the account is deactivated', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const organizer = await app.userWithRole(Role.ORGANIZER);
      const { deactivateUser } = await app.ok(DEACTIVATE, { id: lead.id }, { token: organizer.token });
      expect(deactivateUser).toMatchObject({ id: lead.id, status: 'DEACTIVATED', active: true });
      expect(new Date(deactivateUser.deactivatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(await refused(lead.token)).toBe(true);
    });
  });

  describe('deactivation', () => {
    it('refuses a deactivated account’s sign-in as a wrong password, and lets it in again once reactivated', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      await app.ok(DEACTIVATE, { id: lead.id }, { token: admin });
      const right = await app.gql(LOGIN, { e: lead.email, p: PASSWORD });
      const wrong = await app.gql(LOGIN, { e: lead.email, p: 'not-the-password' });
      expect(errorCode(right)).toBe('UNAUTHENTICATED');
      expect(right.errors?.[0].message).toBe(wrong.errors?.[0].message);
      const listed = (await app.ok(`{ users(role: TEAM_LEAD) { id status deactivatedAt } }`, {}, { token: admin })).users.find((u: { id: string }) => u.id === lead.id);
      expect(listed).toMatchObject({ status: 'DEACTIVATED', deactivatedAt: expect.any(String) });

      const { reactivateUser } = await app.ok(REACTIVATE, { id: lead.id }, { token: admin });
      expect(reactivateUser).toMatchObject({ status: 'ACTIVE', active: true, deactivatedAt: null });
      expect(await refused(await login(lead.email, PASSWORD))).toBe(false);
      expect(await refused(lead.token)).toBe(true); // sessions that ended stay ended
    });

    it('voids the account’s set-password links, and makes none for it while deactivated', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const link = (await app.ok(LINK, { id: lead.id }, { token: admin })).passwordSetupLink.setPasswordUrl;
      await app.ok(DEACTIVATE, { id: lead.id }, { token: admin });
      expect(badFields(await app.gql(SET_PASSWORD, { input: { token: tokenOf(link), password: 'taken-over-123' } }))).toEqual(['token']);
      expect(errorCode(await app.gql(LINK, { id: lead.id }, { token: admin }))).toBe('CONFLICT');
    });

    it('sends no invitation, and so no link, to an invitee deactivated before it went out', async () => {
      const { inviteUser } = await app.ok(INVITE, { input: { email: 'changed.mind@relay.test', name: 'Changed Mind', role: 'TEAM_LEAD' } }, { token: admin });
      expect((await app.ok(DEACTIVATE, { id: inviteUser.user.id }, { token: admin })).deactivateUser.status).toBe('DEACTIVATED');
      expect(badFields(await app.gql(SET_PASSWORD, { input: { token: tokenOf(inviteUser.setPasswordUrl), password: 'never-used-123' } }))).toEqual(['token']);
      expect(await mailsTo('changed.mind@relay.test')).toEqual([]);
      expect(await app.sql(`SELECT state FROM outbox WHERE recipient = 'changed.mind@relay.test'`)).toEqual([{ state: 'SKIPPED' }]);
    });

    it('lets nobody deactivate themselves, organizers only team leads, team leads nobody', async () => {
      const organizer = await app.userWithRole(Role.ORGANIZER);
      const otherOrganizer = await app.userWithRole(Role.ORGANIZER);
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const otherLead = await app.userWithRole(Role.TEAM_LEAD);
      const adminId = (await app.ok(ME, {}, { token: admin })).me.id;

      const self = await app.gql(DEACTIVATE, { id: adminId }, { token: admin, headers: { 'accept-language': 'zh-CN' } });
      expect(badFields(self)).toEqual(['userId']);
      expect(self.errors?.[0].extensions.fields?.[0].message).toBe('不能停用自己的账号。');
      expect(badFields(await app.gql(DEACTIVATE, { id: organizer.id }, { token: organizer.token }))).toEqual(['userId']);
      expect(errorCode(await app.gql(DEACTIVATE, { id: otherOrganizer.id }, { token: organizer.token }))).toBe('FORBIDDEN');
      // The admin belongs to no organization: to an organizer, not found.
      expect(errorCode(await app.gql(DEACTIVATE, { id: adminId }, { token: organizer.token }))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(DEACTIVATE, { id: otherLead.id }, { token: lead.token }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(DEACTIVATE, { id: otherLead.id }))).toBe('UNAUTHENTICATED');
      // Nothing was deactivated by the refusals.
      for (const user of [organizer, otherOrganizer, otherLead]) expect(await refused(user.token)).toBe(false);

      // An admin deactivates an organizer, and an organizer may not undo it.
      await app.ok(DEACTIVATE, { id: otherOrganizer.id }, { token: admin });
      expect(errorCode(await app.gql(REACTIVATE, { id: otherOrganizer.id }, { token: organizer.token }))).toBe('FORBIDDEN');
      expect((await app.ok(REACTIVATE, { id: otherOrganizer.id }, { token: admin })).reactivateUser.status).toBe('ACTIVE');
      expect(errorCode(await app.gql(DEACTIVATE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin }))).toBe('NOT_FOUND');
    });
  });

  describe('roles', () => {
    it('lets only an admin change roles, never to or from admin', async () => {
      const organizer = await app.userWithRole(Role.ORGANIZER);
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const adminId = (await app.ok(ME, {}, { token: admin })).me.id;
      expect(errorCode(await app.gql(CHANGE_ROLE, { id: lead.id, role: 'ORGANIZER' }, { token: organizer.token }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CHANGE_ROLE, { id: lead.id, role: 'ORGANIZER' }, { token: lead.token }))).toBe('FORBIDDEN');
      expect(badFields(await app.gql(CHANGE_ROLE, { id: lead.id, role: 'ADMIN' }, { token: admin }))).toEqual(['role']);
      expect(badFields(await app.gql(CHANGE_ROLE, { id: adminId, role: 'ORGANIZER' }, { token: admin }))).toEqual(['role']);
      expect(await refused(lead.token)).toBe(false);
      expect(await refused(admin)).toBe(false);
    });
  });

  describe('set-password links', () => {
    it('voids the account’s other links once one is used', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const first = (await app.ok(LINK, { id: lead.id }, { token: admin })).passwordSetupLink.setPasswordUrl;
      const second = (await app.ok(LINK, { id: lead.id }, { token: admin })).passwordSetupLink.setPasswordUrl;
      await app.ok(SET_PASSWORD, { input: { token: tokenOf(second), password: 'second-link-pass' } });
      expect(badFields(await app.gql(SET_PASSWORD, { input: { token: tokenOf(first), password: 'first-link-pass' } }))).toEqual(['token']);
      expect(await refused(await login(lead.email, 'second-link-pass'))).toBe(false);
    });

    it('voids the invitation once a newer link for the same account is used', async () => {
      const { inviteUser } = await app.ok(INVITE, { input: { email: 'two.links@relay.test', name: 'Two Links', role: 'TEAM_LEAD' } }, { token: admin });
      const fresh = (await app.ok(LINK, { id: inviteUser.user.id }, { token: admin })).passwordSetupLink.setPasswordUrl;
      await app.ok(SET_PASSWORD, { input: { token: tokenOf(fresh), password: 'fresh-link-pass' } });
      expect(badFields(await app.gql(SET_PASSWORD, { input: { token: tokenOf(inviteUser.setPasswordUrl), password: 'old-invite-pass' } }))).toEqual(['token']);
    });
  });

  describe('changing one’s password', () => {
    it('refuses a wrong current password and a short new one, field by field, and changes nothing', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      const wrong = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: 'not-my-password', newPassword: 'a-better-password' } }, {
        token: lead.token,
        headers: { 'accept-language': 'zh-CN' },
      });
      expect(badFields(wrong)).toEqual(['currentPassword']);
      expect(wrong.errors?.[0].extensions.fields?.[0]).toMatchObject({ key: 'wrongPassword', message: '当前密码不正确。' });
      expect(badFields(await app.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'short' } }, { token: lead.token }))).toEqual(['newPassword']);
      expect(await refused(lead.token)).toBe(false);
      expect(await refused(await login(lead.email, PASSWORD))).toBe(false);
      expect(errorCode(await app.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a-better-password' } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('telling the owner', () => {
    /** The notices of a kind that reached an address: none may carry a link or a token. */
    const notices = async (address: string, subject: RegExp) => {
      const mails = (await mailsTo(address)).filter((m) => subject.test(m.subject ?? ''));
      for (const mail of mails) {
        expect(mail.text).not.toMatch(/\/set-password|https?:\/\/|token=/);
        expect(mail.html || '').not.toMatch(/\/set-password|token=/);
      }
      return mails;
    };

    it('tells the owner their password was changed, and a first password set through an invitation is no news', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      expect(await notices(lead.email, /password was/)).toEqual([]);
      await app.ok(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a-better-password' } }, { token: lead.token });
      const [mail] = await notices(lead.email, /password was/);
      expect(mail.subject).toBe('Your Life Relay password was changed');
      expect(mail.text).toContain('Every device that was signed in has been signed out.');
      expect(mail.text).toContain('If it was not you');
    });

    it('tells the owner, in their language, who made a reset link and when, and then that the password was reset', async () => {
      const { inviteUser } = await app.ok(INVITE, { input: { email: 'wang.fang@relay.test', name: '王芳', role: 'ORGANIZER' } }, {
        token: admin,
        headers: { 'accept-language': 'zh-CN' },
      });
      await app.ok(SET_PASSWORD, { input: { token: tokenOf(inviteUser.setPasswordUrl), password: 'first-password-1' } });
      const link = (await app.ok(LINK, { id: inviteUser.user.id }, { token: admin })).passwordSetupLink.setPasswordUrl;
      const [made] = await notices('wang.fang@relay.test', /重置链接/);
      expect(made.subject).toBe('已为您的生命接力账号生成密码重置链接');
      expect(made.text).toContain(`管理员 Administrator <${ADMIN_EMAIL}>`);
      expect(made.text).toMatch(/于 \d{4}年\d{1,2}月\d{1,2}日 UTC \d{2}:\d{2}:\d{2} 为您的/);
      expect(made.text).not.toContain(tokenOf(link));

      await app.ok(SET_PASSWORD, { input: { token: tokenOf(link), password: 'reset-password-1' } });
      const [reset] = await notices('wang.fang@relay.test', /密码已被重置/);
      expect(reset.subject).toBe('您的生命接力密码已被重置');
      expect(reset.text).toContain('通过一次性链接重置');
    });

    it('lets an admin make a reset link for another admin’s account, and that admin is told', async () => {
      const other = await app.userWithRole(Role.ORGANIZER, 'Second Admin');
      // The API makes no second admin (by design); an operator does it in SQL, and so does this test.
      await app.sql(`UPDATE users SET role = 'ADMIN', organization_id = NULL WHERE id = $1`, [other.id]);
      const otherAdmin = await login(other.email, PASSWORD);
      const adminId = (await app.ok(ME, {}, { token: admin })).me.id;

      await app.ok(LINK, { id: adminId }, { token: otherAdmin });
      const [mail] = await notices(ADMIN_EMAIL, /reset link/);
      expect(mail.subject).toBe('A password reset link was made for your Life Relay account');
      expect(mail.text).toContain(`the admin Second Admin <${other.email}>`);
      // Making a link ends nothing; and one admin can neither shut out nor demote the other.
      expect(await refused(admin)).toBe(false);
      expect(errorCode(await app.gql(DEACTIVATE, { id: adminId }, { token: otherAdmin }))).toBe('FORBIDDEN');
      expect(badFields(await app.gql(CHANGE_ROLE, { id: adminId, role: 'ORGANIZER' }, { token: otherAdmin }))).toEqual(['role']);
      // An admin's link for their own account tells nobody anything new.
      await app.ok(LINK, { id: other.id }, { token: otherAdmin });
      expect(await notices(other.email, /reset link/)).toEqual([]);
      expect(await refused(await login(ADMIN_EMAIL, ADMIN_PASSWORD))).toBe(false);
    });
  });
});
