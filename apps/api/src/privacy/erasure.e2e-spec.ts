// Erasure through the public language and a real database: after a person is erased, a scan of
// every text, citext, array and JSON column of every table finds none of their name, e-mail
// address, phone digits or deferral reason, while drive stats and leaderboards read the same as
// before; their links stop working, and nothing is ever sent to them again.
import { Role } from '@life-relay/domain';
import { OutboxDelivery } from '../messages/delivery/outbox-delivery.service';
import { Factories, MadeDrive, MadeTeam } from '../testing/factories';
import { createTestApp, TestApp } from '../testing/test-app';
import { Erasure } from './erasure.service';

const CHECK_IN = `mutation($id: ID!) { checkIn(signUpId: $id) { id } }`;
const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { id } }`;
const STATS = `query($id: ID!) { drive(id: $id) { stats { signUps waitlisted cancelled checkedIn donated deferred noShow conversionRate } } }`;
const LEADERBOARD = `query($id: ID!) { leaderboard(driveId: $id) { rank team { name } signUps checkedIn donated conversionRate } }`;
const COLLEGES = `query($id: ID!) { collegeLeaderboard(driveId: $id) { rank college { name } teams signUps checkedIn donated conversionRate } }`;
const MY_SIGN_UP = `query($t: String!) { mySignUp(manageToken: $t) { status } }`;
const CODE = `mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`;

/** Where any of `needles` occurs in a text, citext, array or JSON column of any table: "table.column" for each. */
export async function scan(app: TestApp, needles: string[]): Promise<string[]> {
  const columns = await app.sql<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY') OR c.udt_name = 'citext')
      ORDER BY 1, 2`,
  );
  expect(columns.length).toBeGreaterThan(30);
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, '\\$&')}%`);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await app.sql(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1::text[])`, [patterns]);
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

describe('erasing a person', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const org = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: organizer });

  /** Everything the organizers and the public boards count about these drives. */
  async function figures(drives: MadeDrive[]) {
    const out: unknown[] = [];
    for (const d of drives) {
      out.push((await org(STATS, { id: d.id })).drive.stats, (await org(LEADERBOARD, { id: d.id })).leaderboard, (await org(COLLEGES, { id: d.id })).collegeLeaderboard);
      out.push((await app.ok(LEADERBOARD, { id: d.id })).leaderboard);
    }
    return out;
  }

  /** A person with a deferral at one drive and a donation at another, messages sent, a code asked for; and a second person who stays. */
  async function personWithHistory(tag: string) {
    const team: MadeTeam = await make.team(`Erasure team ${tag}`, `Erasure college ${tag}`);
    const first = await make.drive();
    const second = await make.drive({ day: '2030-12-20' });
    const person = {
      name: `Zhao Xiaoming ${tag}`,
      email: `zhao.erasable.${tag}@campus.test`,
      phone: `1395721${tag.padStart(4, '0').slice(-4)}`,
      reason: `Haemoglobin 118 g/L on the ${tag} morning`,
    };
    const signUp = await make.signUp(first, { name: person.name, email: person.email, phone: person.phone, bloodType: 'AB_NEG', teamCode: team.code, source: `poster-${tag}` });
    const other = await make.signUp(first, { teamCode: team.code });
    await org(CHECK_IN, { id: signUp.id });
    await org(OUTCOME, { id: signUp.id, input: { status: 'DEFERRED', deferralReason: person.reason, retryOn: '2031-01-10' } });
    await org(CHECK_IN, { id: other.id });
    await org(OUTCOME, { id: other.id, input: { status: 'DONATED', volumeMl: 300 } });
    const again = await make.signUp(second, { name: person.name, email: person.email, phone: person.phone, teamCode: team.code });
    await org(CHECK_IN, { id: again.id });
    await org(OUTCOME, { id: again.id, input: { status: 'DONATED', volumeMl: 400 } });
    // A code asked for again (its row, its message and its budget are kept under the contact).
    await app.ok(CODE, { slug: second.slug, contact: person.phone });
    await app.server.app.get(OutboxDelivery).deliverAllDue();
    const [{ id: volunteerId }] = await app.sql(`SELECT volunteer_id AS id FROM sign_ups WHERE id = $1`, [signUp.id]);
    return { team, drives: [first, second], person, volunteerId, manageToken: signUp.manageToken as string, otherSignUp: other };
  }

  it('leaves none of their name, e-mail, phone digits or deferral reason in any column of any table, and every count as it was', async () => {
    const { drives, person, volunteerId, manageToken } = await personWithHistory('4711');
    const needles = [person.name, person.email, person.phone.slice(-8), person.reason];
    const before = await figures(drives);
    // The scan finds them where they were written: the record, the sign-up, the desk's trail, the messages.
    expect(await scan(app, needles)).toEqual(
      expect.arrayContaining(['volunteers.name', 'volunteers.email', 'volunteers.phone', 'sign_ups.deferral_reason', 'sign_up_events.details', 'outbox.recipient', 'outbox.rendered']),
    );
    expect((await app.ok(MY_SIGN_UP, { t: manageToken })).mySignUp).not.toBeNull();

    expect(await app.server.app.get(Erasure).eraseVolunteer(volunteerId, 'ORGANIZER')).toBe(true);

    expect(await scan(app, needles)).toEqual([]);
    expect(await figures(drives)).toEqual(before);
    const [tombstone] = await app.sql(`SELECT name, email, phone, birth_date, blood_type, erased_at FROM volunteers WHERE id = $1`, [volunteerId]);
    expect(tombstone).toEqual({ name: '', email: null, phone: null, birth_date: null, blood_type: null, erased_at: expect.any(Date) });
    const signUps = await app.sql(`SELECT status, deferral_reason, volume_ml, retry_on, source FROM sign_ups WHERE volunteer_id = $1 ORDER BY created_at`, [volunteerId]);
    expect(signUps).toEqual([
      { status: 'DEFERRED', deferral_reason: null, volume_ml: null, retry_on: null, source: null },
      { status: 'DONATED', deferral_reason: null, volume_ml: null, retry_on: null, source: null },
    ]);
    // Their links stop working; nothing of theirs is left to send.
    expect((await app.ok(MY_SIGN_UP, { t: manageToken })).mySignUp).toBeNull();
    expect(await app.sql(`SELECT 1 FROM unsubscribe_tokens WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    expect(await app.sql(`SELECT 1 FROM outbox WHERE volunteer_id = $1 AND state = 'QUEUED'`, [volunteerId])).toEqual([]);
    // A second erasure finds nothing to do.
    expect(await app.server.app.get(Erasure).eraseVolunteer(volunteerId, 'ORGANIZER')).toBe(false);
  });

  it('keeps the other people of the same drives as they were', async () => {
    const { volunteerId, otherSignUp } = await personWithHistory('4712');
    const [other] = await app.sql(`SELECT v.name, v.email FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.id = $1`, [otherSignUp.id]);
    await app.server.app.get(Erasure).eraseVolunteer(volunteerId, 'ORGANIZER');
    expect(await scan(app, [other.name, other.email])).toEqual(expect.arrayContaining(['volunteers.name', 'volunteers.email']));
    const [{ volume_ml }] = await app.sql(`SELECT volume_ml FROM sign_ups WHERE id = $1`, [otherSignUp.id]);
    expect(volume_ml).toBe(300);
  });

  it('sends an erased person nothing: reminders and messages about their sign-ups find nobody to go to', async () => {
    const drive = await make.drive({ day: '2031-03-01' });
    const signUp = await make.signUp(drive);
    const [{ volunteer_id }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [signUp.id]);
    await app.server.app.get(Erasure).eraseVolunteer(volunteer_id, 'OWN_REQUEST');
    await org(CHECK_IN, { id: signUp.id });
    await org(OUTCOME, { id: signUp.id, input: { status: 'DONATED', volumeMl: 400 } });
    expect(await app.sql(`SELECT purpose, recipient FROM outbox WHERE sign_up_id = $1 AND state = 'QUEUED'`, [signUp.id])).toEqual([]);
    // The same person signing up again is a new record: nothing of the erased one comes back.
    const fresh = await make.signUp(drive, { email: signUp.email, name: 'Back again' });
    const [{ volunteer_id: newId }] = await app.sql(`SELECT volunteer_id FROM sign_ups WHERE id = $1`, [fresh.id]);
    expect(newId).not.toBe(volunteer_id);
  });
});
