// Team leads from day one (issue 22): a new lead has every published drive of their organization
// to recruit for before anyone signed up through their team, and can invite co-leads of their own
// team, never of another team and never with another role.
import { Role } from '@life-relay/domain';
import { Factories } from '../testing/factories';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';

const RECRUITING = `{ myTeams { team { id } drives { driveId } recruitingDrives { driveId driveSlug driveTitle driveKind location timeZone driveStartsAt driveEndsAt } } }`;
const INVITE_CO_LEAD = `mutation($teamId: ID!, $input: InviteCoLeadInput!) { inviteCoLead(teamId: $teamId, input: $input) { user { id name email role } setPasswordUrl } }`;
const ASSIGN = `mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`;
const CO_LEADS = `query($t: ID!) { coLeads(teamId: $t) { userId name accepted you } }`;
const REMOVE_CO_LEAD = `mutation($t: ID!, $u: ID!) { removeCoLead(teamId: $t, userId: $u) { userId name accepted you } }`;

describe('team leads from day one', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  /** A new team with a new lead who has set their password. */
  async function ledTeam() {
    const team = await make.team(undefined, `College ${make.unique()}`);
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    await app.ok(ASSIGN, { t: team.id, u: lead.id }, { token: organizer });
    return { team, lead };
  }

  describe('the drives a lead recruits for', () => {
    it('lists every published drive of the organization that has not ended, before anyone signed up', async () => {
      const soon = await make.drive({ day: '2030-11-01', input: { title: 'Autumn drive' } });
      const later = await make.drive({ day: '2030-12-01', input: { title: 'Winter drive' } });
      const draft = await make.drive({ status: 'DRAFT' });
      const closed = await make.drive({ status: 'CLOSED' });
      // Published, then over: nothing to recruit for any more.
      const past = await make.drive();
      await app.sql(`UPDATE drives SET starts_at = now() - interval '3 days', ends_at = now() - interval '2 days' WHERE id = $1`, [past.id]);
      const { team, lead } = await ledTeam();

      const { myTeams } = await app.ok(RECRUITING, {}, { token: lead.token });
      expect(myTeams).toHaveLength(1);
      expect(myTeams[0].team.id).toBe(team.id);
      // No sign-ups: no standing yet, but the drives to share.
      expect(myTeams[0].drives).toEqual([]);
      const ids = myTeams[0].recruitingDrives.map((d: { driveId: string }) => d.driveId);
      expect(ids).toEqual(expect.arrayContaining([soon.id, later.id]));
      for (const hidden of [draft.id, closed.id, past.id]) expect(ids).not.toContain(hidden);
      // Soonest first, with what the share link and poster need.
      expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(later.id));
      expect(myTeams[0].recruitingDrives.find((d: { driveId: string }) => d.driveId === soon.id)).toMatchObject({
        driveSlug: soon.slug,
        driveTitle: 'Autumn drive',
        driveKind: 'WHOLE_BLOOD',
        location: 'Hohhot, Wanda Plaza bloodmobile',
        timeZone: 'Asia/Shanghai',
      });
    });

    it('keeps listing a drive once people signed up through the team', async () => {
      const d = await make.drive({ day: '2030-10-01' });
      const { team, lead } = await ledTeam();
      await make.signUp(d, { teamCode: team.code });
      const { myTeams } = await app.ok(RECRUITING, {}, { token: lead.token });
      expect(myTeams[0].drives.map((x: { driveId: string }) => x.driveId)).toEqual([d.id]);
      expect(myTeams[0].recruitingDrives.map((x: { driveId: string }) => x.driveId)).toContain(d.id);
    });

    it('shows no other organization’s drives', async () => {
      const theirs = await new Factories(app, await app.organizerElsewhere()).drive();
      const { lead } = await ledTeam();
      const { myTeams } = await app.ok(RECRUITING, {}, { token: lead.token });
      expect(myTeams[0].recruitingDrives.map((x: { driveId: string }) => x.driveId)).not.toContain(theirs.id);
    });
  });

  describe('co-leads', () => {
    it('lets a lead invite a co-lead of their own team, who then sees the team; audited', async () => {
      const { team, lead } = await ledTeam();
      const email = `co-lead-${make.unique()}@campus.test`;
      const { inviteCoLead } = await app.ok(INVITE_CO_LEAD, { teamId: team.id, input: { email, name: 'Co Lead' } }, { token: lead.token });
      expect(inviteCoLead.user).toMatchObject({ name: 'Co Lead', email, role: 'TEAM_LEAD' });

      const token = new URL(inviteCoLead.setPasswordUrl).hash.replace('#token=', '');
      const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } });
      const { myTeams } = await app.ok(RECRUITING, {}, { token: setPassword.token });
      expect(myTeams.map((m: { team: { id: string } }) => m.team.id)).toEqual([team.id]);
      const [row] = await app.sql(`SELECT organization_id FROM users WHERE id = $1`, [inviteCoLead.user.id]);
      const [own] = await app.sql(`SELECT organization_id FROM teams WHERE id = $1`, [team.id]);
      expect(row.organization_id).toBe(own.organization_id);

      expect(await app.sql(`SELECT actor_id, subject_type, details FROM audit_events WHERE action = 'USER_INVITED' AND subject_id = $1`, [inviteCoLead.user.id])).toEqual([
        { actor_id: lead.id, subject_type: 'USER', details: { role: 'TEAM_LEAD', teamId: team.id } },
      ]);
    });

    it('refuses a lead another team, as if it did not exist, and writes nothing', async () => {
      const { lead } = await ledTeam();
      const { team: other } = await ledTeam();
      const email = `intruder-${make.unique()}@campus.test`;
      expect(errorCode(await app.gql(INVITE_CO_LEAD, { teamId: other.id, input: { email, name: 'Intruder' } }, { token: lead.token }))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(INVITE_CO_LEAD, { teamId: '0b4c6a1e-8f2d-4e3a-b7c9-5d1e2f3a4b6c', input: { email, name: 'Intruder' } }, { token: lead.token }))).toBe('NOT_FOUND');
      expect(await app.sql(`SELECT id FROM users WHERE email = $1`, [email])).toEqual([]);
    });

    it('gives no other role: the input has none, and organizers and anonymous callers are refused', async () => {
      const { team, lead } = await ledTeam();
      const asOrganizer = await app.gql(INVITE_CO_LEAD, { teamId: team.id, input: { email: `x-${make.unique()}@campus.test`, name: 'X' } }, { token: organizer });
      expect(errorCode(asOrganizer)).toBe('FORBIDDEN');
      const anonymous = await app.gql(INVITE_CO_LEAD, { teamId: team.id, input: { email: `y-${make.unique()}@campus.test`, name: 'Y' } });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
      const withRole = await app.gql(
        `mutation($teamId: ID!) { inviteCoLead(teamId: $teamId, input: { email: "boss-${make.unique()}@campus.test", name: "Boss", role: ORGANIZER }) { user { id } } }`,
        { teamId: team.id },
        { token: lead.token },
      );
      expect(withRole.errors?.[0].message).toMatch(/"role" is not defined/);
      // inviteUser stays for organizers: a lead cannot reach it with any role.
      for (const role of ['ORGANIZER', 'TEAM_LEAD']) {
        const direct = await app.gql(
          `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
          { input: { email: `direct-${make.unique()}@campus.test`, name: 'Direct', role } },
          { token: lead.token },
        );
        expect(errorCode(direct)).toBe('FORBIDDEN');
      }
    });

    it('answers a bad e-mail or name field by field, and a taken e-mail on its field', async () => {
      const { team, lead } = await ledTeam();
      const bad = await app.gql(INVITE_CO_LEAD, { teamId: team.id, input: { email: 'not-an-email', name: ' ' } }, { token: lead.token });
      expect(badFields(bad).sort()).toEqual(['email', 'name']);
      const taken = await app.gql(INVITE_CO_LEAD, { teamId: team.id, input: { email: lead.email, name: 'Twice' } }, { token: lead.token });
      expect(badFields(taken)).toEqual(['email']);
    });
  });

  describe('seeing and removing co-leads', () => {
    /** A lead who invites a co-lead; the co-lead accepts only when told. */
    async function teamOfTwo(accept = true) {
      const { team, lead } = await ledTeam();
      const email = `co-${make.unique()}@campus.test`;
      const { inviteCoLead } = await app.ok(INVITE_CO_LEAD, { teamId: team.id, input: { email, name: 'Co Lead' } }, { token: lead.token });
      let token: string | null = null;
      if (accept) {
        const setup = new URL(inviteCoLead.setPasswordUrl).hash.replace('#token=', '');
        token = (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token: setup, password: 'a-good-password' } })).setPassword.token;
      }
      return { team, lead, coLead: { id: inviteCoLead.user.id as string, email, token } };
    }

    it('shows a lead the team’s leads, names and whether they accepted, and no contact', async () => {
      const { team, lead, coLead } = await teamOfTwo(false);
      const seen = await app.ok(CO_LEADS, { t: team.id }, { token: lead.token });
      expect(seen.coLeads).toEqual([
        { userId: lead.id, name: expect.any(String), accepted: true, you: true },
        { userId: coLead.id, name: 'Co Lead', accepted: false, you: false },
      ]);
      expect(JSON.stringify(seen)).not.toContain(coLead.email);
      // The type has no contact to ask for.
      expect((await app.gql(`query($t: ID!) { coLeads(teamId: $t) { email } }`, { t: team.id }, { token: lead.token })).errors?.[0].message).toMatch(/Cannot query field "email"/);
      // Organizers see the same list.
      expect((await app.ok(CO_LEADS, { t: team.id }, { token: organizer })).coLeads.map((l: { userId: string }) => l.userId)).toEqual([lead.id, coLead.id]);
    });

    it('lets a lead remove a co-lead, who then no longer sees the team; audited', async () => {
      const { team, lead, coLead } = await teamOfTwo();
      const { removeCoLead } = await app.ok(REMOVE_CO_LEAD, { t: team.id, u: coLead.id }, { token: lead.token });
      expect(removeCoLead.map((l: { userId: string }) => l.userId)).toEqual([lead.id]);
      expect(await app.sql(`SELECT user_id FROM team_leads WHERE team_id = $1`, [team.id])).toEqual([{ user_id: lead.id }]);
      expect((await app.ok(RECRUITING, {}, { token: coLead.token as string })).myTeams).toEqual([]);
      expect(errorCode(await app.gql(CO_LEADS, { t: team.id }, { token: coLead.token as string }))).toBe('NOT_FOUND');
      expect(await app.sql(`SELECT actor_id, subject_type, subject_id, details FROM audit_events WHERE action = 'TEAM_LEAD_REMOVED' AND subject_id = $1`, [coLead.id])).toEqual([
        { actor_id: lead.id, subject_type: 'USER', subject_id: coLead.id, details: { teamId: team.id } },
      ]);
    });

    it('never leaves a team without a lead who accepted: not the last, not oneself before a co-lead accepted', async () => {
      const { team, lead, coLead } = await teamOfTwo(false);
      const keysOf = (result: Awaited<ReturnType<typeof app.gql>>) => (result.errors?.[0].extensions.fields ?? []).map((f) => [f.field, f.key]);
      // The only lead who accepted cannot step down while the co-lead has not accepted.
      expect(keysOf(await app.gql(REMOVE_CO_LEAD, { t: team.id, u: lead.id }, { token: lead.token }))).toEqual([['userId', 'lastTeamLead']]);
      // An organizer cannot either, through this operation.
      expect(keysOf(await app.gql(REMOVE_CO_LEAD, { t: team.id, u: lead.id }, { token: organizer }))).toEqual([['userId', 'lastTeamLead']]);
      // The co-lead who never accepted can be removed; then the lead is the last one.
      await app.ok(REMOVE_CO_LEAD, { t: team.id, u: coLead.id }, { token: lead.token });
      expect(keysOf(await app.gql(REMOVE_CO_LEAD, { t: team.id, u: lead.id }, { token: lead.token }))).toEqual([['userId', 'lastTeamLead']]);
      expect(await app.sql(`SELECT user_id FROM team_leads WHERE team_id = $1`, [team.id])).toEqual([{ user_id: lead.id }]);
      // Someone who is not a lead of the team, or no uuid at all, is refused on the field too.
      const stranger = await app.userWithRole(Role.TEAM_LEAD);
      for (const u of [stranger.id, 'not-a-uuid']) expect(keysOf(await app.gql(REMOVE_CO_LEAD, { t: team.id, u }, { token: lead.token }))).toEqual([['userId', 'unknownUser']]);
    });

    it('lets a lead step down once a co-lead accepted, and two leads removing each other at once leave one', async () => {
      const { team, lead, coLead } = await teamOfTwo();
      const results = await Promise.all([
        app.gql(REMOVE_CO_LEAD, { t: team.id, u: coLead.id }, { token: lead.token }),
        app.gql(REMOVE_CO_LEAD, { t: team.id, u: lead.id }, { token: coLead.token as string }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(await app.sql(`SELECT 1 FROM team_leads WHERE team_id = $1`, [team.id])).toHaveLength(1);

      const other = await teamOfTwo();
      const { removeCoLead } = await app.ok(REMOVE_CO_LEAD, { t: other.team.id, u: other.lead.id }, { token: other.lead.token });
      expect(removeCoLead).toEqual([{ userId: other.coLead.id, name: 'Co Lead', accepted: true, you: false }]);
    });

    it('answers another team’s or organization’s ids NOT_FOUND, and changes nothing', async () => {
      const { team, lead } = await teamOfTwo();
      const { team: other, lead: otherLead } = await teamOfTwo();
      for (const t of [other.id, '0b4c6a1e-8f2d-4e3a-b7c9-5d1e2f3a4b6c']) {
        expect(errorCode(await app.gql(CO_LEADS, { t }, { token: lead.token }))).toBe('NOT_FOUND');
        expect(errorCode(await app.gql(REMOVE_CO_LEAD, { t, u: otherLead.id }, { token: lead.token }))).toBe('NOT_FOUND');
      }
      expect(await app.sql(`SELECT 1 FROM team_leads WHERE team_id = $1`, [other.id])).toHaveLength(2);
      // Another organization's organizer: NOT_FOUND as well.
      const admin = await app.adminToken();
      const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: `Far away ${make.unique()}` } }, { token: admin });
      const { inviteUser } = await app.ok(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
        { input: { email: `far-${make.unique()}@relay.test`, name: 'Far organizer', role: 'ORGANIZER', organizationId: createOrganization.id } },
        { token: admin },
      );
      const setup = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
      const far = (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token: setup, password: 'a-good-password' } })).setPassword.token;
      expect(errorCode(await app.gql(CO_LEADS, { t: team.id }, { token: far }))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(REMOVE_CO_LEAD, { t: team.id, u: lead.id }, { token: far }))).toBe('NOT_FOUND');
      // Viewers read, never remove; anonymous callers neither.
      const { inviteUser: invitedViewer } = await app.ok(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
        { input: { email: `viewer-${make.unique()}@relay.test`, name: 'Viewer', role: 'VIEWER' } },
        { token: admin },
      );
      const viewerSetup = new URL(invitedViewer.setPasswordUrl).hash.replace('#token=', '');
      const viewer = (await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token: viewerSetup, password: 'a-good-password' } })).setPassword.token;
      expect((await app.ok(CO_LEADS, { t: team.id }, { token: viewer })).coLeads).toHaveLength(2);
      expect(errorCode(await app.gql(REMOVE_CO_LEAD, { t: team.id, u: lead.id }, { token: viewer }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CO_LEADS, { t: team.id }))).toBe('UNAUTHENTICATED');
      expect(await app.sql(`SELECT 1 FROM team_leads WHERE team_id = $1`, [team.id])).toHaveLength(2);
    });

    it('records an organizer’s removal of a lead in the audit log as well', async () => {
      const { team, lead } = await ledTeam();
      await app.ok(`mutation($t: ID!, $u: ID!) { removeTeamLead(teamId: $t, userId: $u) { id } }`, { t: team.id, u: lead.id }, { token: organizer });
      expect(await app.sql(`SELECT subject_id, details FROM audit_events WHERE action = 'TEAM_LEAD_REMOVED' AND subject_id = $1`, [lead.id])).toEqual([{ subject_id: lead.id, details: { teamId: team.id } }]);
    });
  });
});
