// The audit log through GraphQL over HTTP on a real database: what organizers do with personal
// data and accounts becomes one event per operation, with who, when, from where and about what
// (never the personal data itself), and only admins read the log, page by page and filtered.
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLList, GraphQLNamedType, GraphQLNonNull, GraphQLObjectType, GraphQLOutputType } from 'graphql';
import { AuditAction, Role } from '@life-relay/domain';
import { ACCESS_KEY, AccessRule } from '../common/auth/access.decorators';
import { Factories, hohhot } from '../testing/factories';
import { ADMIN_EMAIL, badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';
import { AUDIT_KEY } from './audited.decorator';
import { AuditLog } from './audit-log.service';

const EVENTS = `query($first: Int, $after: String, $action: AuditAction, $actorId: ID, $since: DateTime, $until: DateTime) {
  auditEvents(first: $first, after: $after, action: $action, actorId: $actorId, since: $since, until: $until) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id at action actor { id email role } subjectType subjectId details ip userAgent } } } }`;
const SIGN_UPS = `query($id: ID!) { signUps(driveId: $id, first: 10) { edges { node { id volunteer { id name email } } } } }`;
const DESK = `query($id: ID!, $text: String!) { checkInSearch(driveId: $id, text: $text) { id } }`;
const CALL_OUT = `mutation($input: CallOutInput!) { sendCallOut(input: $input) { id } }`;
const BY_CONTACT = `query($c: String!) { volunteerByContact(contact: $c) { id } }`;

/** Operations that return personal data without an event of their own, and why. Review additions. */
const NOT_AUDITED = {
  // Acts on one sign-up the desk has just found (through the audited checkInSearch); each is
  // itself recorded, with who did it and when, in the sign-up's events.
  checkIn: 'sign_up_events',
  recordOutcome: 'sign_up_events',
  // The same desk records the person's health consent given there, as a consent of channel DESK.
  recordHealthConsent: 'consents',
};
/** The types that carry volunteers' names, contacts or health. */
const PERSONAL_TYPES = new Set(['Volunteer', 'SignUp', 'TeamMemberSignUp', 'TeamRecruiterRow', 'ReserveVolunteer']);

type Event = {
  id: string;
  at: string;
  action: string;
  actor: { id: string; email: string; role: string } | null;
  subjectType: string | null;
  subjectId: string | null;
  details: string;
  ip: string | null;
  userAgent: string | null;
};
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Event }[] };

describe('the audit log', () => {
  let app: TestApp;
  let admin: string;
  let organizer: { id: string; email: string; token: string };
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.adminToken();
    organizer = await app.userWithRole(Role.ORGANIZER);
    make = new Factories(app, organizer.token);
  });
  afterAll(() => app.close());

  const asOrganizer = { headers: { 'user-agent': 'AuditTest/1.0 (desk laptop)' } };
  const org = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: organizer.token, ...asOrganizer });

  async function events(variables: Record<string, unknown> = {}, token = admin): Promise<Page> {
    return (await app.ok<{ auditEvents: Page }>(EVENTS, { first: 50, ...variables }, { token })).auditEvents;
  }
  const nodes = (page: Page) => page.edges.map((e) => e.node);

  /** A published drive with two people signed up; returns it and their e-mails and names. */
  async function driveWithTwo() {
    const drive = await make.drive();
    const people = [make.volunteer(drive, { bloodType: 'O_NEG' }), make.volunteer(drive, { bloodType: 'O_NEG' })];
    for (const person of people) await make.signUp(drive, person);
    return { drive, people };
  }

  function download(driveId: string, token: string) {
    return app.http.get(`/api/drives/${driveId}/sign-ups.csv`).set('authorization', `Bearer ${token}`).set(asOrganizer.headers).buffer(true);
  }

  /** The events after a mark (the newest event when it was taken), of one actor if told. */
  async function eventsAfter(mark: string | null, actorId?: string): Promise<Event[]> {
    const all = nodes(await events({ first: 200 }));
    const after = mark ? all.slice(0, all.findIndex((e) => e.id === mark)) : all;
    return actorId ? after.filter((e) => e.actor?.id === actorId) : after;
  }
  const markNow = async () => nodes(await events({ first: 1 }))[0]?.id ?? null;

  it('shows an admin who listed, exported, searched and called out, newest first, with where from and about what', async () => {
    const { drive, people } = await driveWithTwo();
    const mark = await markNow();

    const listed = await org(SIGN_UPS, { id: drive.id });
    expect(listed.signUps.edges).toHaveLength(2);
    const csv = await download(drive.id, organizer.token);
    expect(csv.status).toBe(200);
    await org(DESK, { id: drive.id, text: people[0].email });
    const { sendCallOut } = await org(CALL_OUT, { input: { kind: 'WHOLE_BLOOD', bloodTypes: ['O_NEG'], driveId: drive.id, message: 'Urgent: O− needed today.' } });

    const seen = await eventsAfter(mark, organizer.id);
    expect(seen.map((e) => [e.action, e.subjectType, e.subjectId, JSON.parse(e.details)])).toEqual([
      ['CALL_OUT_SENT', 'CALL_OUT', sendCallOut.id, { kind: 'WHOLE_BLOOD', bloodTypes: ['O_NEG'], driveId: drive.id, audienceCount: expect.any(Number) }],
      ['PERSONAL_DATA_READ', 'DRIVE', drive.id, { rows: 1 }],
      ['PERSONAL_DATA_EXPORTED', 'DRIVE', drive.id, { rows: 2 }],
      ['PERSONAL_DATA_READ', 'DRIVE', drive.id, { rows: 2 }],
    ]);
    for (const event of seen) {
      expect(event.actor).toEqual({ id: organizer.id, email: organizer.email, role: 'ORGANIZER' });
      expect(event.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
      expect(event.userAgent).toBe('AuditTest/1.0 (desk laptop)');
    }
    expect(seen.map((e) => Date.parse(e.at))).toEqual([...seen.map((e) => Date.parse(e.at))].sort((a, b) => b - a));
    // Ids and counts only: the log is not a second copy of anyone's name, contact or search.
    const everything = JSON.stringify(nodes(await events({ first: 200 })));
    for (const person of people) {
      expect(everything).not.toContain(person.email);
      expect(everything).not.toContain(person.name);
      expect(everything).not.toContain(person.phone.slice(-8));
    }
  });

  it('pages newest first and filters by action, actor and time', async () => {
    const { drive } = await driveWithTwo();
    const other = await app.userWithRole(Role.ORGANIZER);
    const mark = await markNow();
    for (let i = 0; i < 3; i++) await org(SIGN_UPS, { id: drive.id });
    await app.ok(SIGN_UPS, { id: drive.id }, { token: other.token });
    await download(drive.id, organizer.token);
    const mine = await eventsAfter(mark, organizer.id);
    expect(mine.map((e) => e.action)).toEqual(['PERSONAL_DATA_EXPORTED', 'PERSONAL_DATA_READ', 'PERSONAL_DATA_READ', 'PERSONAL_DATA_READ']);

    // Two at a time: the pages join up to the whole, with nothing twice and nothing left out.
    const paged: Event[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await events({ actorId: organizer.id, first: 2, after });
      pages++;
      expect(page.totalCount).toBe(nodes(await events({ actorId: organizer.id, first: 200 })).length);
      paged.push(...nodes(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(2);
    expect(paged.map((e) => e.id)).toEqual(nodes(await events({ actorId: organizer.id, first: 200 })).map((e) => e.id));

    const reads = nodes(await events({ actorId: organizer.id, action: 'PERSONAL_DATA_READ' }));
    expect(reads.every((e) => e.action === 'PERSONAL_DATA_READ' && e.actor?.id === organizer.id)).toBe(true);
    expect(reads.slice(0, 3).map((e) => e.id)).toEqual(mine.slice(1).map((e) => e.id));
    expect(nodes(await events({ actorId: other.id, action: 'PERSONAL_DATA_READ' })).map((e) => e.subjectId)).toEqual([drive.id]);

    // since includes its instant, until excludes it.
    const exported = mine[0];
    const lastRead = mine[1];
    expect(nodes(await events({ actorId: organizer.id, since: exported.at })).map((e) => e.id)).toEqual([exported.id]);
    expect(nodes(await events({ actorId: organizer.id, since: lastRead.at, until: exported.at })).map((e) => e.id)).toEqual([lastRead.id]);

    expect(badFields(await app.gql(EVENTS, { after: 'not-a-cursor' }, { token: admin }))).toEqual(['after']);
    expect(badFields(await app.gql(EVENTS, { first: 0 }, { token: admin }))).toEqual(['first']);
  });

  it('is for admins only: organizers and team leads are refused', async () => {
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    for (const token of [organizer.token, lead.token]) expect(errorCode(await app.gql(EVENTS, {}, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(EVENTS, {}))).toBe('UNAUTHENTICATED');
  });

  it('records a volunteer’s record, a look-up by contact, a merge, an import (not a dry run) and a team lead’s team list', async () => {
    const drive = await make.drive();
    const team = await make.team();
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    await org(`mutation($t: ID!, $u: ID!) { assignTeamLead(teamId: $t, userId: $u) { id } }`, { t: team.id, u: lead.id });
    const phone = '+8613712340001';
    const email = 'twice-audit@campus.test';
    await make.signUp(drive, { name: 'Wang Fang', email: null, phone, teamCode: team.code });
    const other = await make.drive();
    await make.signUp(other, { name: 'Wang F.', email, phone: null });
    const mark = await markNow();

    const byPhone = (await org(BY_CONTACT, { c: phone })).volunteerByContact;
    const byEmail = (await org(BY_CONTACT, { c: email })).volunteerByContact;
    expect((await org(BY_CONTACT, { c: 'nobody-audit@campus.test' })).volunteerByContact).toBeNull();
    await org(`query($id: ID!) { volunteer(id: $id) { id } }`, { id: byPhone.id });
    await org(`mutation($k: ID!, $m: ID!) { mergeVolunteers(keepId: $k, mergeId: $m) { id } }`, { k: byPhone.id, m: byEmail.id });
    const csv = `name,email,shiftStartsAt\nLi Lei,li.lei.audit@campus.test,${hohhot(9)}\n`;
    const IMPORT = `mutation($d: ID!, $csv: String!, $dry: Boolean) { importSignUps(driveId: $d, csv: $csv, dryRun: $dry) { imported } }`;
    await org(IMPORT, { d: drive.id, csv, dry: true });
    expect((await org(IMPORT, { d: drive.id, csv, dry: false })).importSignUps.imported).toBe(1);
    const members = await app.ok(`query($t: ID!, $d: ID) { teamSignUps(teamId: $t, driveId: $d) { edges { node { name } } } }`, { t: team.id, d: drive.id }, { token: lead.token });
    expect(members.teamSignUps.edges).toHaveLength(1);

    const byOrganizer = await eventsAfter(mark, organizer.id);
    expect(byOrganizer.map((e) => [e.action, e.subjectType, e.subjectId, JSON.parse(e.details)])).toEqual([
      ['SIGN_UPS_IMPORTED', 'DRIVE', drive.id, { imported: 1 }],
      ['VOLUNTEERS_MERGED', 'VOLUNTEER', byPhone.id, { mergedId: byEmail.id }],
      ['PERSONAL_DATA_READ', 'VOLUNTEER', byPhone.id, {}],
      ['PERSONAL_DATA_READ', 'VOLUNTEER', null, { byContact: true, found: false }],
      ['PERSONAL_DATA_READ', 'VOLUNTEER', byEmail.id, { byContact: true, found: true }],
      ['PERSONAL_DATA_READ', 'VOLUNTEER', byPhone.id, { byContact: true, found: true }],
    ]);
    const byLead = await eventsAfter(mark, lead.id);
    expect(byLead.map((e) => [e.action, e.actor?.role, e.subjectType, e.subjectId, JSON.parse(e.details)])).toEqual([
      ['PERSONAL_DATA_READ', 'TEAM_LEAD', 'TEAM', team.id, { driveId: drive.id, rows: 1 }],
    ]);
    expect(JSON.stringify([...byOrganizer, ...byLead])).not.toMatch(/Wang|twice-audit|13712340001|li\.lei/);
  });

  it('records invitations, password links and passwords set, the last by the account’s owner', async () => {
    const mark = await markNow();
    const invited = await app.ok(
      `mutation { inviteUser(input: { email: "audit.lead@relay.test", name: "Audit Lead", role: TEAM_LEAD }) { user { id } } }`,
      {},
      { token: organizer.token },
    );
    const userId = invited.inviteUser.user.id;
    const link = await app.ok(`mutation($u: ID!) { passwordSetupLink(userId: $u) { setPasswordUrl } }`, { u: userId }, { token: admin });
    const token = new URL(link.passwordSetupLink.setPasswordUrl).hash.replace('#token=', '');
    await app.ok(`mutation($t: String!) { setPassword(input: { token: $t, password: "a-good-password" }) { role } }`, { t: token }, asOrganizer);
    // A used link sets nothing, and records nothing.
    expect(errorCode(await app.gql(`mutation($t: String!) { setPassword(input: { token: $t, password: "another-password" }) { role } }`, { t: token }))).toBe(
      'BAD_USER_INPUT',
    );

    const seen = await eventsAfter(mark);
    expect(seen.map((e) => [e.action, e.actor?.email, e.subjectType, e.subjectId, JSON.parse(e.details)])).toEqual([
      ['PASSWORD_SET', 'audit.lead@relay.test', 'USER', userId, {}],
      ['PASSWORD_RESET_LINK_ISSUED', ADMIN_EMAIL, 'USER', userId, {}],
      ['USER_INVITED', organizer.email, 'USER', userId, { role: 'TEAM_LEAD' }],
    ]);
    expect(seen[0].actor).toEqual({ id: userId, email: 'audit.lead@relay.test', role: 'TEAM_LEAD' });
  });

  it('records nothing for a refused or failed call', async () => {
    const lead = await app.userWithRole(Role.TEAM_LEAD);
    const { drive } = await driveWithTwo();
    const mark = await markNow();
    expect(errorCode(await app.gql(SIGN_UPS, { id: drive.id }, { token: lead.token }))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SIGN_UPS, { id: '00000000-0000-4000-8000-000000000000' }, { token: organizer.token }))).toBe('NOT_FOUND');
    expect((await download('00000000-0000-4000-8000-000000000000', organizer.token)).status).toBe(404);
    expect(await markNow()).toBe(mark);
  });

  it('keeps no free text in details and never changes an event', async () => {
    const log = app.server.app.get(AuditLog);
    await expect(log.record(null, null, { action: AuditAction.PERSONAL_DATA_READ, details: { search: 'Wang Fang' } })).rejects.toThrow(/search/);
    await expect(log.record(null, null, { action: AuditAction.PERSONAL_DATA_READ, details: { contacts: ['a@b.test'] } })).rejects.toThrow(/contacts/);
    await expect(app.sql(`UPDATE audit_events SET ip = '10.0.0.1'`)).rejects.toThrow(/never changed/);
  });

  it('is recorded by every operation that returns volunteers’ personal data', () => {
    const schema = app.server.app.get(GraphQLSchemaHost).schema;
    const reachesPersonal = (type: GraphQLOutputType, seen = new Set<string>()): boolean => {
      const named = unwrap(type);
      if (PERSONAL_TYPES.has(named.name)) return true;
      if (!(named instanceof GraphQLObjectType) || seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((f) => reachesPersonal(f.type, seen));
    };
    const personal = [schema.getQueryType(), schema.getMutationType()]
      .flatMap((root) => Object.values(root?.getFields() ?? {}))
      .filter((field) => reachesPersonal(field.type))
      .map((field) => field.name);

    const discovery = new DiscoveryService(app.server.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const operations = new Map<string, { audited: boolean; public: boolean }>();
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        if (!['Query', 'Mutation'].includes(Reflect.getMetadata('graphql:resolver_type', method))) continue;
        const access: AccessRule | undefined = Reflect.getMetadata(ACCESS_KEY, method);
        operations.set(Reflect.getMetadata('graphql:resolver_name', method) ?? name, { audited: Reflect.hasMetadata(AUDIT_KEY, method), public: access?.kind === 'public' });
      }
    }
    // A public operation answers a volunteer about themselves (their manage link), not an organizer.
    const toCheck = personal.filter((name) => !operations.get(name)?.public && !(name in NOT_AUDITED));
    expect(toCheck).toEqual(expect.arrayContaining(['signUps', 'checkInSearch', 'volunteer', 'volunteerByContact', 'teamSignUps', 'mergeVolunteers', 'teamRecruiters']));
    expect(toCheck.filter((name) => !operations.get(name)?.audited)).toEqual([]);
  });
});

function unwrap(type: GraphQLOutputType): GraphQLNamedType {
  let t: GraphQLOutputType = type;
  while (t instanceof GraphQLNonNull || t instanceof GraphQLList) t = t.ofType;
  return t as GraphQLNamedType;
}
