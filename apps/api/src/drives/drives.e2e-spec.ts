// Planning drives through the API: creating them with shifts, editing them without breaking
// sign-ups, publishing, closing, listing, and who may do any of it.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLObjectType } from 'graphql';
import { Role } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { badFields, createTestApp, errorCode, GraphQLResult, TestApp } from '../testing/test-app';
import { DriveEntity } from './drive.entity';
import { DrivesService } from './drives.service';

const SHIFT = `id startsAt endsAt capacity registeredCount waitlistCount`;
const DRIVE_FIELDS = `id slug title description kind status location timeZone startsAt endsAt signUpGoal donationGoal
  minAge maxAge reminderHoursBefore publishedAt closedAt createdAt shifts { ${SHIFT} }`;
const CREATE = `mutation($input: CreateDriveInput!) { createDrive(input: $input) { ${DRIVE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateDriveInput!) { updateDrive(id: $id, input: $input) { ${DRIVE_FIELDS} } }`;
const ADD_SHIFT = `mutation($driveId: ID!, $input: ShiftInput!) { addShift(driveId: $driveId, input: $input) { ${SHIFT} } }`;
const UPDATE_SHIFT = `mutation($id: ID!, $input: UpdateShiftInput!) { updateShift(id: $id, input: $input) { ${SHIFT} } }`;
const REMOVE_SHIFT = `mutation($id: ID!) { removeShift(id: $id) { id shifts { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishDrive(id: $id) { id status publishedAt closedAt } }`;
const CLOSE = `mutation($id: ID!) { closeDrive(id: $id) { id status publishedAt closedAt } }`;
const DRIVE = `query($id: ID!) { drive(id: $id) { ${DRIVE_FIELDS} } }`;
const DRIVES = `query($status: DriveStatus, $search: String, $first: Int, $after: String) {
  drives(status: $status, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status startsAt } }
  }
}`;

const UNKNOWN_ID = '6f1c0a52-3b7e-4d7a-9c55-2f0e8d1b4a90';

/** An instant given as wall-clock time in Shanghai, where drives happen by default. */
const at = (time: string, day = '2031-05-01') => new Date(`${day}T${time}:00+08:00`).toISOString();

interface DrivePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; title: string; status: string; startsAt: string } }[];
}

interface Shift {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registeredCount: number;
  waitlistCount: number;
}

describe('drives', () => {
  let app: TestApp;
  let organizer: { id: string; token: string };
  let asOrganizer: { token: string };
  let counter = 0;

  beforeAll(async () => {
    app = await createTestApp();
    organizer = await app.userWithRole(Role.ORGANIZER);
    asOrganizer = { token: organizer.token };
  });
  afterAll(() => app.close());

  /** A valid drive on 2031-05-01, 08:00 to 18:00 in Shanghai, with a title of its own. */
  const driveInput = (overrides: Record<string, unknown> = {}) => ({
    title: `Bloodmobile day ${++counter}`,
    kind: 'WHOLE_BLOOD',
    location: 'Hohhot, Zhongshan Road bloodmobile',
    startsAt: at('08:00'),
    endsAt: at('18:00'),
    ...overrides,
  });
  const shiftInput = (from: string, to: string, capacity = 20) => ({ startsAt: at(from), endsAt: at(to), capacity });

  async function createDrive(overrides: Record<string, unknown> = {}) {
    return (await app.ok(CREATE, { input: driveInput(overrides) }, asOrganizer)).createDrive;
  }

  /** A drive with one shift, 09:00 to 11:00. */
  async function driveWithShift(overrides: Record<string, unknown> = {}) {
    const drive = await createDrive({ shifts: [shiftInput('09:00', '11:00')], ...overrides });
    return { drive, shift: drive.shifts[0] as Shift };
  }

  async function rowCounts() {
    const [row] = await app.sql(`SELECT (SELECT count(*) FROM drives)::int AS drives, (SELECT count(*) FROM shifts)::int AS shifts`);
    return row;
  }

  async function driveById(id: string) {
    return (await app.ok(DRIVE, { id }, asOrganizer)).drive;
  }

  const keysOf = (result: GraphQLResult) =>
    Object.fromEntries((result.errors?.[0].extensions.fields ?? []).map((f) => [f.field, f.key]));

  describe('createDrive', () => {
    it('creates a drive in DRAFT with its shifts and a readable slug from the title', async () => {
      const data = await app.ok(
        CREATE,
        {
          input: driveInput({
            title: 'Dec 5 — International Volunteer Day!',
            shifts: [shiftInput('13:00', '15:00', 30), shiftInput('08:00', '10:00', 40)],
          }),
        },
        asOrganizer,
      );
      const drive = data.createDrive;
      expect(drive).toMatchObject({
        status: 'DRAFT',
        slug: 'dec-5-international-volunteer-day',
        title: 'Dec 5 — International Volunteer Day!',
        kind: 'WHOLE_BLOOD',
        startsAt: at('08:00'),
        endsAt: at('18:00'),
        publishedAt: null,
        closedAt: null,
      });
      expect(drive.shifts).toEqual([
        expect.objectContaining({ startsAt: at('08:00'), endsAt: at('10:00'), capacity: 40, registeredCount: 0, waitlistCount: 0 }),
        expect.objectContaining({ startsAt: at('13:00'), endsAt: at('15:00'), capacity: 30, registeredCount: 0, waitlistCount: 0 }),
      ]);
      const [row] = await app.sql('SELECT created_by_id FROM drives WHERE id = $1', [drive.id]);
      expect(row.created_by_id).toBe(organizer.id);
    });

    it('creates a drive without shifts, with the default time zone and reminders and no goals or age window', async () => {
      const drive = await createDrive();
      expect(drive.shifts).toEqual([]);
      expect(drive).toMatchObject({
        status: 'DRAFT',
        timeZone: 'Asia/Shanghai',
        reminderHoursBefore: [24, 2],
        description: null,
        signUpGoal: null,
        donationGoal: null,
        minAge: null,
        maxAge: null,
      });
    });

    it('gives a second and a third drive with the same title the slugs <slug>-2 and <slug>-3', async () => {
      const slugs = [];
      for (let i = 0; i < 3; i++) slugs.push((await createDrive({ title: 'Campus Blood Week' })).slug);
      expect(slugs).toEqual(['campus-blood-week', 'campus-blood-week-2', 'campus-blood-week-3']);
    });

    it('falls back to drive-YYYY-MM-DD for a title without Latin letters, numbering repeats', async () => {
      const first = await createDrive({ title: '国际志愿者日献血活动', startsAt: at('09:00', '2031-12-05'), endsAt: at('17:00', '2031-12-05') });
      const second = await createDrive({ title: '无偿献血', startsAt: at('10:00', '2031-12-05'), endsAt: at('12:00', '2031-12-05') });
      expect(first.slug).toBe('drive-2031-12-05');
      expect(second.slug).toBe('drive-2031-12-05-2');
    });

    it('takes the date of a slug from the drive’s own calendar day, not the UTC one', async () => {
      // 07:30 in Shanghai on Dec 6 is still Dec 5 in UTC; the poster must show the local day.
      const early = await createDrive({ title: '早班献血', startsAt: at('07:30', '2031-12-06'), endsAt: at('12:00', '2031-12-06') });
      expect(early.slug).toBe('drive-2031-12-06');
      // 20:00 in Los Angeles on Jun 1 is already Jun 2 in UTC.
      const evening = await createDrive({
        title: '夜间献血',
        timeZone: 'America/Los_Angeles',
        startsAt: '2031-06-02T03:00:00.000Z',
        endsAt: '2031-06-02T06:00:00.000Z',
      });
      expect(evening.slug).toBe('drive-2031-06-01');
    });

    it('stores and returns the optional fields', async () => {
      const optional = {
        description: '请携带身份证，献血前一晚保证睡眠。 Bring your ID card.',
        timeZone: 'Europe/Berlin',
        signUpGoal: 400,
        donationGoal: 300,
        minAge: 18,
        maxAge: 55,
        reminderHoursBefore: [48, 3],
      };
      const created = await createDrive({ kind: 'STEM_CELL_REGISTRY', ...optional });
      expect(created).toMatchObject({ kind: 'STEM_CELL_REGISTRY', ...optional });
      expect(await driveById(created.id)).toMatchObject(optional);
    });
  });

  describe('createDrive validation', () => {
    it('reports every bad field at once as BAD_USER_INPUT, and writes nothing', async () => {
      const before = await rowCounts();
      const result = await app.gql(
        CREATE,
        {
          input: driveInput({
            title: '   ',
            startsAt: at('18:00'),
            endsAt: at('08:00'),
            signUpGoal: 0,
            timeZone: 'Mars/Olympus_Mons',
            reminderHoursBefore: [24, 0],
            shifts: [shiftInput('09:00', '10:00', 0)],
          }),
        },
        asOrganizer,
      );
      expect(badFields(result)).toEqual(['endsAt', 'reminderHoursBefore', 'shifts.0.capacity', 'signUpGoal', 'timeZone', 'title']);
      expect(keysOf(result)).toEqual({
        title: 'blank',
        endsAt: 'endsBeforeStart',
        signUpGoal: 'mustBePositive',
        timeZone: 'invalidTimeZone',
        reminderHoursBefore: 'outOfRange',
        'shifts.0.capacity': 'mustBePositive',
      });
      expect(result.data).toBeNull();
      expect(await rowCounts()).toEqual(before);
    });

    it('reports an age window upside down and shifts outside the drive’s dates together, and writes nothing', async () => {
      const before = await rowCounts();
      const result = await app.gql(
        CREATE,
        {
          input: driveInput({
            minAge: 60,
            maxAge: 18,
            shifts: [shiftInput('07:00', '19:00'), shiftInput('09:00', '11:00'), shiftInput('17:00', '18:30')],
          }),
        },
        asOrganizer,
      );
      expect(badFields(result)).toEqual(['maxAge', 'shifts.0.endsAt', 'shifts.0.startsAt', 'shifts.2.endsAt']);
      expect(keysOf(result)).toMatchObject({ maxAge: 'outOfRange', 'shifts.0.startsAt': 'outsideDrive', 'shifts.2.endsAt': 'outsideDrive' });
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a shift that ends before it starts, on the shift’s field', async () => {
      const before = await rowCounts();
      const result = await app.gql(CREATE, { input: driveInput({ shifts: [shiftInput('09:00', '10:00'), shiftInput('12:00', '11:00')] }) }, asOrganizer);
      expect(badFields(result)).toEqual(['shifts.1.endsAt']);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a title longer than 160 characters and takes one of exactly 160', async () => {
      const before = await rowCounts();
      const tooLong = await app.gql(CREATE, { input: driveInput({ title: '献'.repeat(161) }) }, asOrganizer);
      expect(keysOf(tooLong)).toEqual({ title: 'tooLong' });
      expect(await rowCounts()).toEqual(before);
      expect((await createDrive({ title: '献'.repeat(160) })).title).toHaveLength(160);
    });

    it('reports a malformed DateTime variable as BAD_USER_INPUT on its field, and writes nothing', async () => {
      const before = await rowCounts();
      const result = await app.gql(CREATE, { input: driveInput({ startsAt: 'next Tuesday morning' }) }, asOrganizer);
      expect(badFields(result)).toContain('startsAt');
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a kind that is not in the DriveKind enum, and writes nothing', async () => {
      const before = await rowCounts();
      const result = await app.gql(CREATE, { input: driveInput({ kind: 'PLASMA' }) }, asOrganizer);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(badFields(result)).toEqual(['kind']);
      expect(result.data).toBeNull();
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('addShift', () => {
    it('adds a shift inside the drive’s dates, with no places taken', async () => {
      const drive = await createDrive();
      const data = await app.ok(ADD_SHIFT, { driveId: drive.id, input: shiftInput('08:00', '18:00', 12) }, asOrganizer);
      expect(data.addShift).toMatchObject({ startsAt: at('08:00'), endsAt: at('18:00'), capacity: 12, registeredCount: 0, waitlistCount: 0 });
      expect((await driveById(drive.id)).shifts.map((s: Shift) => s.id)).toEqual([data.addShift.id]);
    });

    it('refuses a shift that starts before or ends after the drive, field by field, and writes nothing', async () => {
      const drive = await createDrive();
      const early = await app.gql(ADD_SHIFT, { driveId: drive.id, input: shiftInput('07:59', '10:00') }, asOrganizer);
      const late = await app.gql(ADD_SHIFT, { driveId: drive.id, input: shiftInput('17:00', '18:01') }, asOrganizer);
      const both = await app.gql(ADD_SHIFT, { driveId: drive.id, input: shiftInput('06:00', '20:00') }, asOrganizer);
      expect(badFields(early)).toEqual(['startsAt']);
      expect(badFields(late)).toEqual(['endsAt']);
      expect(badFields(both)).toEqual(['endsAt', 'startsAt']);
      expect(keysOf(both)).toEqual({ startsAt: 'outsideDrive', endsAt: 'outsideDrive' });
      expect((await driveById(drive.id)).shifts).toEqual([]);
    });

    it('refuses a shift that ends before it starts or has no places', async () => {
      const drive = await createDrive();
      const result = await app.gql(ADD_SHIFT, { driveId: drive.id, input: shiftInput('11:00', '10:00', 0) }, asOrganizer);
      expect(keysOf(result)).toEqual({ endsAt: 'endsBeforeStart', capacity: 'mustBePositive' });
      expect((await driveById(drive.id)).shifts).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown drive and for an id that is not a UUID', async () => {
      const before = await rowCounts();
      for (const driveId of [UNKNOWN_ID, 'not-a-uuid', "1' OR '1'='1"]) {
        expect(errorCode(await app.gql(ADD_SHIFT, { driveId, input: shiftInput('09:00', '10:00') }, asOrganizer))).toBe('NOT_FOUND');
      }
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('updateDrive', () => {
    it('edits a drive in DRAFT', async () => {
      const drive = await createDrive({ shifts: [shiftInput('10:00', '12:00')] });
      const changes = {
        title: 'Dec 5 Volunteer Day, Inner Mongolia University',
        kind: 'PLATELETS',
        location: 'Inner Mongolia University, north gate',
        description: 'Eat breakfast first.',
        startsAt: at('09:00'),
        endsAt: at('16:00'),
        timeZone: 'Asia/Urumqi',
        signUpGoal: 120,
        donationGoal: 80,
        minAge: 18,
        maxAge: 45,
        reminderHoursBefore: [72],
      };
      const data = await app.ok(UPDATE, { id: drive.id, input: changes }, asOrganizer);
      expect(data.updateDrive).toMatchObject({ ...changes, status: 'DRAFT', slug: drive.slug });
      expect(await driveById(drive.id)).toMatchObject(changes);
    });

    it('leaves required fields unchanged when they are sent as null, and clears goals, age window and description with null', async () => {
      const drive = await createDrive({ description: 'Bring ID', signUpGoal: 50, donationGoal: 40, minAge: 18, maxAge: 55, timeZone: 'Asia/Urumqi' });
      const data = await app.ok(
        UPDATE,
        {
          id: drive.id,
          input: {
            title: null,
            kind: null,
            location: null,
            startsAt: null,
            endsAt: null,
            timeZone: null,
            reminderHoursBefore: null,
            description: null,
            signUpGoal: null,
            donationGoal: null,
            minAge: null,
            maxAge: null,
          },
        },
        asOrganizer,
      );
      expect(data.updateDrive).toMatchObject({
        title: drive.title,
        kind: drive.kind,
        location: drive.location,
        startsAt: drive.startsAt,
        endsAt: drive.endsAt,
        timeZone: 'Asia/Urumqi',
        reminderHoursBefore: [24, 2],
        description: null,
        signUpGoal: null,
        donationGoal: null,
        minAge: null,
        maxAge: null,
      });
    });

    it('leaves fields that are not sent as they are', async () => {
      const drive = await createDrive({ signUpGoal: 50, description: 'Bring ID' });
      const data = await app.ok(UPDATE, { id: drive.id, input: { location: 'Gym hall' } }, asOrganizer);
      expect(data.updateDrive).toMatchObject({ title: drive.title, signUpGoal: 50, description: 'Bring ID', location: 'Gym hall' });
    });

    it('refuses a blank title and a bad time zone, field by field, changing nothing', async () => {
      const drive = await createDrive();
      const result = await app.gql(UPDATE, { id: drive.id, input: { title: ' ', timeZone: 'Beijing', signUpGoal: -5 } }, asOrganizer);
      expect(keysOf(result)).toEqual({ title: 'blank', timeZone: 'invalidTimeZone', signUpGoal: 'mustBePositive' });
      expect(await driveById(drive.id)).toMatchObject({ title: drive.title, timeZone: 'Asia/Shanghai', signUpGoal: null });
    });

    it('refuses an end before the start, also against the stored start', async () => {
      const drive = await createDrive();
      const both = await app.gql(UPDATE, { id: drive.id, input: { startsAt: at('12:00'), endsAt: at('11:00') } }, asOrganizer);
      const endOnly = await app.gql(UPDATE, { id: drive.id, input: { endsAt: at('07:00') } }, asOrganizer);
      expect(keysOf(both)).toEqual({ endsAt: 'endsBeforeStart' });
      expect(keysOf(endOnly)).toEqual({ endsAt: 'endsBeforeStart' });
      expect(await driveById(drive.id)).toMatchObject({ startsAt: drive.startsAt, endsAt: drive.endsAt });
    });

    it('refuses a minimum age above the maximum, also against the stored maximum', async () => {
      const drive = await createDrive({ minAge: 18, maxAge: 55 });
      const result = await app.gql(UPDATE, { id: drive.id, input: { minAge: 60 } }, asOrganizer);
      expect(keysOf(result)).toEqual({ maxAge: 'outOfRange' });
      expect(await driveById(drive.id)).toMatchObject({ minAge: 18, maxAge: 55 });
    });

    it('refuses dates that would leave a shift outside the drive', async () => {
      const { drive } = await driveWithShift();
      const laterStart = await app.gql(UPDATE, { id: drive.id, input: { startsAt: at('10:00') } }, asOrganizer);
      const earlierEnd = await app.gql(UPDATE, { id: drive.id, input: { endsAt: at('10:30') } }, asOrganizer);
      expect(keysOf(laterStart)).toEqual({ startsAt: 'shiftsOutsideDrive' });
      expect(keysOf(earlierEnd)).toEqual({ endsAt: 'shiftsOutsideDrive' });
      expect(await driveById(drive.id)).toMatchObject({ startsAt: drive.startsAt, endsAt: drive.endsAt });
      // Dates that still hold the shift are fine.
      const fine = await app.ok(UPDATE, { id: drive.id, input: { startsAt: at('09:00'), endsAt: at('11:00') } }, asOrganizer);
      expect(fine.updateDrive).toMatchObject({ startsAt: at('09:00'), endsAt: at('11:00') });
    });

    it('keeps the kind of a published drive but lets other details change', async () => {
      const { drive } = await driveWithShift();
      await app.ok(PUBLISH, { id: drive.id }, asOrganizer);
      const kind = await app.gql(UPDATE, { id: drive.id, input: { kind: 'PLATELETS' } }, asOrganizer);
      expect(keysOf(kind)).toEqual({ kind: 'kindLocked' });
      const sameKind = await app.ok(UPDATE, { id: drive.id, input: { kind: 'WHOLE_BLOOD', title: 'Renamed after publishing' } }, asOrganizer);
      expect(sameKind.updateDrive).toMatchObject({ kind: 'WHOLE_BLOOD', title: 'Renamed after publishing', status: 'PUBLISHED' });
    });

    it('answers NOT_FOUND for an unknown drive', async () => {
      for (const id of [UNKNOWN_ID, 'drive-1']) {
        expect(errorCode(await app.gql(UPDATE, { id, input: { title: 'x' } }, asOrganizer))).toBe('NOT_FOUND');
      }
    });
  });

  describe('updateShift and removeShift', () => {
    it('changes the capacity and the times of a shift nobody has signed up for', async () => {
      const { drive, shift } = await driveWithShift();
      const data = await app.ok(UPDATE_SHIFT, { id: shift.id, input: { capacity: 35, startsAt: at('14:00'), endsAt: at('16:00') } }, asOrganizer);
      expect(data.updateShift).toMatchObject({ id: shift.id, capacity: 35, startsAt: at('14:00'), endsAt: at('16:00') });
      expect((await driveById(drive.id)).shifts).toEqual([data.updateShift]);
    });

    it('refuses a capacity below the places already taken', async () => {
      const { shift } = await driveWithShift();
      // Sign-ups are a later feature: three taken places are simulated directly in the table.
      await app.sql('UPDATE shifts SET registered_count = 3 WHERE id = $1', [shift.id]);
      const below = await app.gql(UPDATE_SHIFT, { id: shift.id, input: { capacity: 2 } }, asOrganizer);
      expect(keysOf(below)).toEqual({ capacity: 'capacityBelowTaken' });
      expect(below.errors?.[0].extensions.fields?.[0].message).toContain('3');
      const [row] = await app.sql('SELECT capacity FROM shifts WHERE id = $1', [shift.id]);
      expect(row.capacity).toBe(20);
      const exactly = await app.ok(UPDATE_SHIFT, { id: shift.id, input: { capacity: 3 } }, asOrganizer);
      expect(exactly.updateShift).toMatchObject({ capacity: 3, registeredCount: 3 });
    });

    it('refuses to move the times of a shift people have signed up for or wait for, on the field startsAt', async () => {
      const registered = (await driveWithShift()).shift;
      const waiting = (await driveWithShift()).shift;
      // Sign-ups are a later feature: a registration and a waitlist place are simulated directly.
      await app.sql('UPDATE shifts SET registered_count = 1 WHERE id = $1', [registered.id]);
      await app.sql('INSERT INTO shift_stats (shift_id, drive_id, waitlisted) SELECT id, drive_id, 1 FROM shifts WHERE id = $1', [waiting.id]);
      for (const shift of [registered, waiting]) {
        const start = await app.gql(UPDATE_SHIFT, { id: shift.id, input: { startsAt: at('09:30') } }, asOrganizer);
        const end = await app.gql(UPDATE_SHIFT, { id: shift.id, input: { endsAt: at('12:00') } }, asOrganizer);
        expect(keysOf(start)).toEqual({ startsAt: 'shiftHasSignUps' });
        expect(keysOf(end)).toEqual({ startsAt: 'shiftHasSignUps' });
        const [row] = await app.sql('SELECT starts_at, ends_at FROM shifts WHERE id = $1', [shift.id]);
        expect([row.starts_at.toISOString(), row.ends_at.toISOString()]).toEqual([shift.startsAt, shift.endsAt]);
        // The same times again are no change, and the capacity still may change.
        const same = await app.ok(UPDATE_SHIFT, { id: shift.id, input: { startsAt: shift.startsAt, endsAt: shift.endsAt, capacity: 25 } }, asOrganizer);
        expect(same.updateShift).toMatchObject({ startsAt: shift.startsAt, endsAt: shift.endsAt, capacity: 25 });
      }
    });

    it('reports moved times and a too-small capacity together', async () => {
      const { shift } = await driveWithShift();
      // Simulated sign-ups, as above.
      await app.sql('UPDATE shifts SET registered_count = 5 WHERE id = $1', [shift.id]);
      const result = await app.gql(UPDATE_SHIFT, { id: shift.id, input: { startsAt: at('10:00'), capacity: 4 } }, asOrganizer);
      expect(keysOf(result)).toEqual({ startsAt: 'shiftHasSignUps', capacity: 'capacityBelowTaken' });
    });

    it('refuses times outside the drive or an end before the start', async () => {
      const { shift } = await driveWithShift();
      const outside = await app.gql(UPDATE_SHIFT, { id: shift.id, input: { startsAt: at('07:00') } }, asOrganizer);
      const backwards = await app.gql(UPDATE_SHIFT, { id: shift.id, input: { endsAt: at('08:30') } }, asOrganizer);
      const zero = await app.gql(UPDATE_SHIFT, { id: shift.id, input: { capacity: 0 } }, asOrganizer);
      expect(keysOf(outside)).toEqual({ startsAt: 'outsideDrive' });
      expect(keysOf(backwards)).toEqual({ endsAt: 'endsBeforeStart' });
      expect(keysOf(zero)).toEqual({ capacity: 'mustBePositive' });
    });

    it('answers NOT_FOUND for an unknown shift', async () => {
      for (const id of [UNKNOWN_ID, 'shift-1']) {
        expect(errorCode(await app.gql(UPDATE_SHIFT, { id, input: { capacity: 5 } }, asOrganizer))).toBe('NOT_FOUND');
        expect(errorCode(await app.gql(REMOVE_SHIFT, { id }, asOrganizer))).toBe('NOT_FOUND');
      }
    });

    it('removes a shift nobody has signed up for and returns the drive without it', async () => {
      const drive = await createDrive({ shifts: [shiftInput('09:00', '11:00'), shiftInput('13:00', '15:00')] });
      const [first, second] = drive.shifts as Shift[];
      const data = await app.ok(REMOVE_SHIFT, { id: first.id }, asOrganizer);
      expect(data.removeShift).toEqual({ id: drive.id, shifts: [{ id: second.id }] });
      expect(await app.sql('SELECT id FROM shifts WHERE id = $1', [first.id])).toEqual([]);
    });

    it('refuses with CONFLICT to remove a shift people have signed up for or wait for', async () => {
      const registered = (await driveWithShift()).shift;
      const waiting = (await driveWithShift()).shift;
      // Sign-ups are a later feature: simulated directly in the table.
      await app.sql('UPDATE shifts SET registered_count = 2 WHERE id = $1', [registered.id]);
      await app.sql('INSERT INTO shift_stats (shift_id, drive_id, waitlisted) SELECT id, drive_id, 1 FROM shifts WHERE id = $1', [waiting.id]);
      for (const shift of [registered, waiting]) {
        expect(errorCode(await app.gql(REMOVE_SHIFT, { id: shift.id }, asOrganizer))).toBe('CONFLICT');
        expect(await app.sql('SELECT id FROM shifts WHERE id = $1', [shift.id])).toHaveLength(1);
      }
    });
  });

  describe('copyDrive', () => {
    it('makes a new draft from a past drive, moved to the new date with its shifts and details', async () => {
      const { drive } = await driveWithShift({ signUpGoal: 120, description: 'Bring your ID card.', reminderHoursBefore: [48] });
      await app.ok(`mutation($id: ID!) { publishDrive(id: $id) { id } }`, { id: drive.id }, asOrganizer);
      const copied = await app.ok(
        `mutation($id: ID!, $at: DateTime!) { copyDrive(id: $id, startsAt: $at) { id slug status title startsAt endsAt signUpGoal description reminderHoursBefore shifts { startsAt endsAt capacity } } }`,
        { id: drive.id, at: '2031-12-05T00:00:00Z' },
        asOrganizer,
      );
      expect(copied.copyDrive).toMatchObject({
        status: 'DRAFT',
        title: drive.title,
        slug: `${drive.slug}-2`,
        startsAt: '2031-12-05T00:00:00.000Z',
        endsAt: '2031-12-05T10:00:00.000Z',
        signUpGoal: 120,
        description: 'Bring your ID card.',
        reminderHoursBefore: [48],
        shifts: [{ startsAt: '2031-12-05T01:00:00.000Z', endsAt: '2031-12-05T03:00:00.000Z', capacity: 20 }],
      });
      expect(errorCode(await app.gql(`mutation { copyDrive(id: "00000000-0000-4000-8000-000000000000", startsAt: "2031-01-01T00:00:00Z") { id } }`, {}, asOrganizer))).toBe('NOT_FOUND');
    });
  });

  describe('publishDrive and closeDrive', () => {
    it('refuses to publish a drive without shifts, on the field shifts', async () => {
      const drive = await createDrive();
      const result = await app.gql(PUBLISH, { id: drive.id }, asOrganizer);
      expect(keysOf(result)).toEqual({ shifts: 'noShifts' });
      expect(await driveById(drive.id)).toMatchObject({ status: 'DRAFT', publishedAt: null });
    });

    it('publishes a drive with a shift, and publishing it again changes nothing', async () => {
      const { drive } = await driveWithShift();
      const first = (await app.ok(PUBLISH, { id: drive.id }, asOrganizer)).publishDrive;
      expect(first).toMatchObject({ status: 'PUBLISHED', closedAt: null });
      expect(Date.parse(first.publishedAt)).toBeGreaterThanOrEqual(Date.parse(drive.createdAt));
      const again = (await app.ok(PUBLISH, { id: drive.id }, asOrganizer)).publishDrive;
      expect(again).toEqual(first);
    });

    it('closes a drive with its closing time, and closing it again changes nothing', async () => {
      const { drive } = await driveWithShift();
      await app.ok(PUBLISH, { id: drive.id }, asOrganizer);
      const closed = (await app.ok(CLOSE, { id: drive.id }, asOrganizer)).closeDrive;
      expect(closed.status).toBe('CLOSED');
      expect(Date.parse(closed.closedAt)).toBeGreaterThanOrEqual(Date.parse(closed.publishedAt));
      const again = (await app.ok(CLOSE, { id: drive.id }, asOrganizer)).closeDrive;
      expect(again).toEqual(closed);
    });

    it('closes a draft drive too', async () => {
      const drive = await createDrive();
      expect((await app.ok(CLOSE, { id: drive.id }, asOrganizer)).closeDrive).toMatchObject({ status: 'CLOSED', publishedAt: null });
    });

    it('refuses with CONFLICT to publish or change a closed drive', async () => {
      const { drive, shift } = await driveWithShift();
      await app.ok(CLOSE, { id: drive.id }, asOrganizer);
      const before = await rowCounts();
      const attempts = {
        publishDrive: await app.gql(PUBLISH, { id: drive.id }, asOrganizer),
        updateDrive: await app.gql(UPDATE, { id: drive.id, input: { title: 'Reopened?' } }, asOrganizer),
        addShift: await app.gql(ADD_SHIFT, { driveId: drive.id, input: shiftInput('12:00', '13:00') }, asOrganizer),
        updateShift: await app.gql(UPDATE_SHIFT, { id: shift.id, input: { capacity: 99 } }, asOrganizer),
        removeShift: await app.gql(REMOVE_SHIFT, { id: shift.id }, asOrganizer),
      };
      expect(Object.fromEntries(Object.entries(attempts).map(([name, result]) => [name, errorCode(result)]))).toEqual({
        publishDrive: 'CONFLICT',
        updateDrive: 'CONFLICT',
        addShift: 'CONFLICT',
        updateShift: 'CONFLICT',
        removeShift: 'CONFLICT',
      });
      expect(await rowCounts()).toEqual(before);
      expect(await driveById(drive.id)).toMatchObject({ status: 'CLOSED', title: drive.title, shifts: [shift] });
    });

    it('answers NOT_FOUND when publishing or closing an unknown drive', async () => {
      for (const id of [UNKNOWN_ID, 'x']) {
        expect(errorCode(await app.gql(PUBLISH, { id }, asOrganizer))).toBe('NOT_FOUND');
        expect(errorCode(await app.gql(CLOSE, { id }, asOrganizer))).toBe('NOT_FOUND');
      }
    });
  });

  describe('drive and drives', () => {
    it('returns a drive with its shifts ordered by their start', async () => {
      const drive = await createDrive({ shifts: [shiftInput('15:00', '17:00'), shiftInput('11:00', '13:00')] });
      await app.ok(ADD_SHIFT, { driveId: drive.id, input: shiftInput('08:00', '09:00') }, asOrganizer);
      await app.ok(ADD_SHIFT, { driveId: drive.id, input: shiftInput('12:00', '14:00') }, asOrganizer);
      const found = await driveById(drive.id);
      expect(found).toMatchObject({ id: drive.id, slug: drive.slug, title: drive.title });
      expect(found.shifts.map((s: Shift) => s.startsAt)).toEqual([at('08:00'), at('11:00'), at('12:00'), at('15:00')]);
    });

    it('reads a drive as TypeORM reads it: every column, in the same types, on an entity of its class', async () => {
      const drive = await createDrive({ signUpGoal: 120, donationGoal: 80, minAge: 18, maxAge: 55, reminderHoursBefore: [48, 3], description: 'Bring an ID', shifts: [shiftInput('09:00', '11:00')] });
      await app.ok(PUBLISH, { id: drive.id }, asOrganizer);
      const read = await app.server.app.get(DrivesService).get(drive.id);
      const typeorm = await app.server.app.get(DataSource).getRepository(DriveEntity).findOneByOrFail({ id: drive.id });
      expect(read).toBeInstanceOf(DriveEntity);
      expect(read).toEqual(typeorm);
      expect(read).toMatchObject({ reminderHoursBefore: [48, 3], minAge: 18, signUpGoal: 120, campaignId: null, closedAt: null });
      expect(read?.publishedAt).toBeInstanceOf(Date);
      expect(Object.keys(read ?? {}).sort()).toEqual(Object.keys(typeorm).sort());
      expect(await app.server.app.get(DrivesService).get(UNKNOWN_ID)).toBeNull();
    });

    it('returns null for an unknown id and for an id that is not a UUID', async () => {
      for (const id of [UNKNOWN_ID, 'not-a-uuid']) {
        const result = await app.gql(DRIVE, { id }, asOrganizer);
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({ drive: null });
      }
    });

    /** Drives whose titles share a word no other test uses, on days one apart. */
    async function driveSeries(word: string, days: string[], overrides: Record<string, unknown> = {}) {
      const drives = [];
      for (const day of days) drives.push(await createDrive({ title: `${word} ${day}`, startsAt: at('08:00', day), endsAt: at('18:00', day), ...overrides }));
      return drives;
    }

    it('lists drives newest first by their start, with totalCount', async () => {
      const created = await driveSeries('Ordering', ['2031-03-02', '2031-03-04', '2031-03-01', '2031-03-03']);
      const data = await app.ok(DRIVES, { search: 'ordering' }, asOrganizer);
      expect(data.drives.totalCount).toBe(4);
      expect(data.drives.pageInfo.hasNextPage).toBe(false);
      expect(data.drives.edges.map((e: { node: { startsAt: string } }) => e.node.startsAt)).toEqual(
        ['2031-03-04', '2031-03-03', '2031-03-02', '2031-03-01'].map((day) => at('08:00', day)),
      );
      expect(new Set(data.drives.edges.map((e: { node: { id: string } }) => e.node.id))).toEqual(new Set(created.map((d) => d.id)));
    });

    it('filters drives by status', async () => {
      const drives = [];
      for (const day of ['2031-04-01', '2031-04-02', '2031-04-03']) {
        const shifts = [{ startsAt: at('09:00', day), endsAt: at('10:00', day), capacity: 5 }];
        drives.push(await createDrive({ title: `Statusfilter ${day}`, startsAt: at('08:00', day), endsAt: at('18:00', day), shifts }));
      }
      await app.ok(PUBLISH, { id: drives[1].id }, asOrganizer);
      await app.ok(PUBLISH, { id: drives[2].id }, asOrganizer);
      await app.ok(CLOSE, { id: drives[2].id }, asOrganizer);
      const titlesOf = async (status: string) => {
        const data = await app.ok(DRIVES, { status, search: 'Statusfilter' }, asOrganizer);
        expect(data.drives.edges.every((e: { node: { status: string } }) => e.node.status === status)).toBe(true);
        return { total: data.drives.totalCount, titles: data.drives.edges.map((e: { node: { title: string } }) => e.node.title) };
      };
      expect(await titlesOf('DRAFT')).toEqual({ total: 1, titles: ['Statusfilter 2031-04-01'] });
      expect(await titlesOf('PUBLISHED')).toEqual({ total: 1, titles: ['Statusfilter 2031-04-02'] });
      expect(await titlesOf('CLOSED')).toEqual({ total: 1, titles: ['Statusfilter 2031-04-03'] });
    });

    it('finds drives by a part of the title, whatever its case', async () => {
      const [target] = await driveSeries('Hohhot Searchable Marathon', ['2031-02-10']);
      await driveSeries('Unrelated Baotou', ['2031-02-11']);
      const data = await app.ok(DRIVES, { search: '  searchable MARA ' }, asOrganizer);
      expect(data.drives.totalCount).toBe(1);
      expect(data.drives.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([target.id]);
      const none = await app.ok(DRIVES, { search: 'no drive is called this' }, asOrganizer);
      expect(none.drives).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it('pages through drives with cursors, giving every drive exactly once', async () => {
      // Two drives on the same start, so that the cursor has to break the tie.
      const created = await driveSeries('Pagingseries', ['2031-01-01', '2031-01-02', '2031-01-02', '2031-01-03', '2031-01-04', '2031-01-05', '2031-01-06']);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: DrivePage = (await app.ok<{ drives: DrivePage }>(DRIVES, { search: 'pagingseries', first: 2, after }, asOrganizer)).drives;
        pages++;
        expect(page.totalCount).toBe(7);
        expect(page.edges.length).toBeLessThanOrEqual(2);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(4);
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(new Set(created.map((d) => d.id)));
      // One page of everything gives the same order.
      const all = await app.ok(DRIVES, { search: 'pagingseries', first: 50 }, asOrganizer);
      expect(all.drives.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(seen);
    });

    it('refuses a page size of 0 or 500 on the field first', async () => {
      for (const first of [0, -1, 500]) {
        const result = await app.gql(DRIVES, { first }, asOrganizer);
        expect(keysOf(result)).toEqual({ first: 'outOfRange' });
      }
      expect((await app.ok(DRIVES, { first: 200 }, asOrganizer)).drives.edges.length).toBeLessThanOrEqual(200);
    });

    it('refuses a cursor it did not issue on the field after', async () => {
      const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
      const cursors = [
        'garbage',
        forged(['2031-01-01T00:00:00.000Z']),
        forged([20310101, UNKNOWN_ID]),
        // The right shape, but values no cursor of ours holds: refused, not a database error.
        forged(['not a date', UNKNOWN_ID]),
        forged(['2031-01-01T00:00:00.000Z', 'not-a-uuid']),
      ];
      for (const after of cursors) {
        expect(keysOf(await app.gql(DRIVES, { after }, asOrganizer))).toEqual({ after: 'invalidValue' });
      }
    });
  });

  describe('access', () => {
    /** Every drive operation, with real ids, so that only the access rule can refuse it. */
    async function operations() {
      const { drive, shift } = await driveWithShift({ title: 'Access check drive' });
      return {
        drive,
        shift,
        calls: {
          drive: [DRIVE, { id: drive.id }],
          drives: [DRIVES, {}],
          createDrive: [CREATE, { input: driveInput({ title: 'Not allowed' }) }],
          updateDrive: [UPDATE, { id: drive.id, input: { title: 'Taken over' } }],
          addShift: [ADD_SHIFT, { driveId: drive.id, input: shiftInput('12:00', '13:00') }],
          updateShift: [UPDATE_SHIFT, { id: shift.id, input: { capacity: 1 } }],
          removeShift: [REMOVE_SHIFT, { id: shift.id }],
          publishDrive: [PUBLISH, { id: drive.id }],
          closeDrive: [CLOSE, { id: drive.id }],
          copyDrive: [`mutation($id: ID!) { copyDrive(id: $id, startsAt: "2031-12-05T00:00:00Z") { id } }`, { id: drive.id }],
        } as Record<string, [string, Record<string, unknown>]>,
      };
    }

    async function codesFor(token: string | null) {
      const { drive, shift, calls } = await operations();
      const before = await rowCounts();
      const codes: Record<string, string | undefined> = {};
      for (const [name, [query, variables]] of Object.entries(calls)) {
        const result = await app.gql(query, variables, { token });
        expect(result.data?.[name] ?? null).toBeNull();
        codes[name] = errorCode(result);
      }
      // Nothing was changed by the refused calls.
      expect(await rowCounts()).toEqual(before);
      expect(await driveById(drive.id)).toMatchObject({ status: 'DRAFT', title: drive.title, shifts: [shift] });
      return codes;
    }

    const every = (code: string) =>
      Object.fromEntries(['drive', 'drives', 'createDrive', 'updateDrive', 'addShift', 'updateShift', 'removeShift', 'publishDrive', 'closeDrive', 'copyDrive'].map((n) => [n, code]));

    it('covers every query and mutation that returns a drive or a shift', () => {
      const schema = app.server.app.get(GraphQLSchemaHost).schema;
      const roots = [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[];
      const driveOperations = roots
        .flatMap((root) => Object.values(root.getFields()))
        .filter((field) => ['Drive', 'Shift', 'DriveConnection'].includes(getNamedType(field.type).name))
        .map((field) => field.name);
      expect(driveOperations.sort()).toEqual(Object.keys(every('')).sort());
    });

    it('refuses anonymous callers with UNAUTHENTICATED on every drive query and mutation', async () => {
      expect(await codesFor(null)).toEqual(every('UNAUTHENTICATED'));
    });

    it('refuses team leads with FORBIDDEN on every drive query and mutation', async () => {
      const lead = await app.userWithRole(Role.TEAM_LEAD);
      expect(await codesFor(lead.token)).toEqual(every('FORBIDDEN'));
    });

    it('refuses a token that is not valid with UNAUTHENTICATED', async () => {
      const result = await app.gql(DRIVES, {}, { token: 'not-a-token' });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    });

    it('lets organizers and admins plan, publish and close drives', async () => {
      const admin = await app.adminToken();
      for (const token of [organizer.token, admin]) {
        const as = { token };
        const drive = (await app.ok(CREATE, { input: driveInput() }, as)).createDrive;
        const shift = (await app.ok(ADD_SHIFT, { driveId: drive.id, input: shiftInput('09:00', '10:00') }, as)).addShift;
        await app.ok(ADD_SHIFT, { driveId: drive.id, input: shiftInput('10:00', '11:00') }, as);
        await app.ok(UPDATE_SHIFT, { id: shift.id, input: { capacity: 9 } }, as);
        await app.ok(REMOVE_SHIFT, { id: shift.id }, as);
        await app.ok(UPDATE, { id: drive.id, input: { title: `${drive.title} (edited)` } }, as);
        await app.ok(PUBLISH, { id: drive.id }, as);
        const listed = await app.ok(DRIVES, { search: drive.slug }, as);
        expect(listed.drives.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([drive.id]);
        await app.ok(CLOSE, { id: drive.id }, as);
        const found = (await app.ok(DRIVE, { id: drive.id }, as)).drive;
        expect(found).toMatchObject({ title: `${drive.title} (edited)`, status: 'CLOSED' });
        expect(found.shifts).toHaveLength(1);
      }
    });
  });
});
