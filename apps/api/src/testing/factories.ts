// Test data made through the public GraphQL API, as an organizer and the public form make it
// (house rule 10): drives with shifts, teams of colleges, and sign-ups. Every call makes new data
// with names of its own, so tests of one file do not share rows they change.
import { dayInZone, normalizePhone, Role } from '@life-relay/domain';
import { TestApp } from './test-app';

const HOUR = 3600 * 1000;
/** Dec 5, International Volunteer Day, in Hohhot: where and when drives happen unless told. */
export const DRIVE_DAY = '2030-12-05';

/** An instant as wall-clock time in Shanghai (UTC+8) on `day`. */
export const hohhot = (hour: number, day = DRIVE_DAY) => `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** The day `offset` days from today in Hohhot (YYYY-MM-DD): for tests of intervals counted from today. */
export function hohhotDayFromToday(offset: number): string {
  const d = new Date(`${dayInZone(new Date(), 'Asia/Shanghai')}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

export type DriveStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED';

export interface DriveOptions {
  /** Shifts of two hours at 09:00, 12:00, 15:00 … on `day` in Shanghai, of these capacities; [50, 50] unless told. */
  capacities?: number[];
  /** Instead of `capacities`: shifts of two hours starting at these instants, of `capacity` places each. */
  shiftStarts?: Date[];
  capacity?: number;
  day?: string;
  /** PUBLISHED unless told. */
  status?: DriveStatus;
  /** Anything of CreateDriveInput, as given (title, kind, goals, times, shifts, …). */
  input?: Record<string, unknown>;
}

export interface MadeDrive {
  id: string;
  slug: string;
  title: string;
  /** Shift ids, in the order of their start. */
  shifts: string[];
}

export interface MadeTeam {
  id: string;
  code: string;
  name: string;
}

export interface MadeSignUp {
  id: string;
  /** As stored: lower case; empty for a person who gave only a phone. */
  email: string;
  status: string;
  /** null for a repeated submission. */
  manageToken: string | null;
  /** The desk's ticket that came with the manage token; null without one, or while waitlisted. */
  ticket: string | null;
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { status manageToken ticket } }`;

export class Factories {
  private n = 0;

  constructor(
    readonly app: TestApp,
    /** The organizer who makes drives and teams. */
    readonly organizerToken: string,
  ) {}

  /** Factories whose drives and teams a new organizer makes. */
  static async withNewOrganizer(app: TestApp): Promise<Factories> {
    return new Factories(app, (await app.userWithRole(Role.ORGANIZER)).token);
  }

  /** A number this file's factories have not used: for names and addresses of its own. */
  unique(): number {
    return ++this.n;
  }

  private organizer<T = Record<string, any>>(query: string, variables: Record<string, unknown>): Promise<T> {
    return this.app.ok<T>(query, variables, { token: this.organizerToken });
  }

  /** A whole-blood drive in Hohhot with its shifts, from an hour before the first to an hour after the last; published unless told. */
  async drive(options: DriveOptions = {}): Promise<MadeDrive> {
    const day = options.day ?? DRIVE_DAY;
    const shifts = options.shiftStarts
      ? options.shiftStarts.map((start) => ({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(), capacity: options.capacity ?? 50 }))
      : (options.capacities ?? [50, 50]).map((capacity, i) => ({ startsAt: hohhot(9 + i * 3, day), endsAt: hohhot(11 + i * 3, day), capacity }));
    const times = shifts.flatMap((s) => [new Date(s.startsAt).getTime(), new Date(s.endsAt).getTime()]);
    const { createDrive } = await this.organizer(`mutation($input: CreateDriveInput!) { createDrive(input: $input) { id slug title shifts { id } } }`, {
      input: {
        title: `Blood drive ${this.unique()}`,
        kind: 'WHOLE_BLOOD',
        location: 'Hohhot, Wanda Plaza bloodmobile',
        timeZone: 'Asia/Shanghai',
        startsAt: new Date(Math.min(...times) - HOUR).toISOString(),
        endsAt: new Date(Math.max(...times) + HOUR).toISOString(),
        shifts,
        ...options.input,
      },
    });
    const status = options.status ?? 'PUBLISHED';
    if (status !== 'DRAFT') await this.publish(createDrive.id);
    if (status === 'CLOSED') await this.organizer(`mutation($id: ID!) { closeDrive(id: $id) { status } }`, { id: createDrive.id });
    return { id: createDrive.id, slug: createDrive.slug, title: createDrive.title, shifts: createDrive.shifts.map((s: { id: string }) => s.id) };
  }

  async publish(driveId: string): Promise<void> {
    await this.organizer(`mutation($id: ID!) { publishDrive(id: $id) { status } }`, { id: driveId });
  }

  /** A recruiting team, of a college (made if new) unless `collegeName` is null. */
  async team(name = `Team ${this.unique()}`, collegeName: string | null = null): Promise<MadeTeam> {
    const { createTeam } = await this.organizer(`mutation($input: CreateTeamInput!) { createTeam(input: $input) { id code name } }`, { input: { name, collegeName } });
    return createTeam;
  }

  /** What the public form sends for a new person on the drive's first shift (not sent). */
  volunteer(drive: Pick<MadeDrive, 'slug' | 'shifts'>, overrides: Record<string, unknown> = {}) {
    const n = this.unique();
    return {
      driveSlug: drive.slug,
      shiftId: drive.shifts[0],
      name: `Volunteer ${n}`,
      email: `volunteer${n}@campus.test`,
      // A mobile number of their own: a phone finds one person.
      phone: `138${String(10_000_000 + n).slice(-8)}`,
      birthDate: '2004-05-20',
      consent: true,
      // The factory's drives are blood drives: they record outcomes, and so need this consent.
      healthConsent: true,
      ...overrides,
    };
  }

  /** What the public form sends, with a fresh one-time code for its e-mail address (else its phone), asked for and read. */
  async verified(drive: Pick<MadeDrive, 'slug' | 'shifts'>, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    return this.app.withCode(this.volunteer(drive, overrides), headers);
  }

  /**
   * Signs a new person up through the public form: asks for a code, reads it, and submits;
   * `overrides` change what the form sends.
   */
  async signUp(drive: Pick<MadeDrive, 'id' | 'slug' | 'shifts'>, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<MadeSignUp> {
    const input = await this.verified(drive, overrides, headers);
    const { signUp } = await this.app.ok(SIGN_UP, { input }, { headers });
    const email = input.email ? String(input.email).toLowerCase() : null;
    const phone = input.phone ? normalizePhone(String(input.phone)) : null;
    // The receipt carries no id: read it back (reading only; the data was made above).
    const [row] = await this.app.sql(
      `SELECT s.id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE (v.email = $1 OR ($1::text IS NULL AND v.phone = $3)) AND s.drive_id = $2`,
      [email, drive.id, phone],
    );
    return { id: row.id, email: email ?? '', status: signUp.status, manageToken: signUp.manageToken, ticket: signUp.ticket };
  }
}
