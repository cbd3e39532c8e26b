// Test data for the public pages, made through GraphQL as the admin would: a published drive
// with its shifts, teams with their codes, and sign-ups as the form sends them.
import { PlatformProcess } from './platform-process';

export const ADMIN = { ADMIN_EMAIL: 'admin@relay.test', ADMIN_PASSWORD: 'admin-password-123' };

/** YYYY-MM-DD, `days` from today. */
export function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface SeededDrive {
  id: string;
  slug: string;
  title: string;
  /** YYYY-MM-DD in the drive's zone (Asia/Shanghai). */
  day: string;
  shifts: string[];
}

export class Organizer {
  private constructor(
    private readonly platform: PlatformProcess,
    private readonly token: string,
  ) {}

  static async login(platform: PlatformProcess): Promise<Organizer> {
    const answer = await platform.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: ADMIN.ADMIN_EMAIL,
      p: ADMIN.ADMIN_PASSWORD,
    });
    if (!answer.data?.login) throw new Error(`login failed: ${JSON.stringify(answer.errors)}`);
    return new Organizer(platform, answer.data.login.token);
  }

  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await this.platform.gql<T>(query, variables, this.token);
    if (answer.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  }

  /**
   * A whole-blood drive in Hohhot, `days` from now (30 unless told), with shifts of these
   * capacities at 09:00, 12:00, … on the drive's clocks; published unless told. `input` changes
   * or adds to what is sent (location, goals, …; undefined leaves a field out).
   */
  async drive(title: string, capacities: number[], options: { days?: number; status?: 'DRAFT' | 'PUBLISHED'; input?: Record<string, unknown> } = {}): Promise<SeededDrive> {
    const day = dayAhead(options.days ?? 30);
    const at = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
    const { createDrive } = await this.ok(
      `mutation($input: CreateDriveInput!) { createDrive(input: $input) { id slug title shifts { id } } }`,
      {
        input: {
          title,
          kind: 'WHOLE_BLOOD',
          location: 'Xinhua Square bloodmobile, Hohhot',
          description: 'Look for the red bus at the north gate. Students and staff welcome.',
          startsAt: at(8),
          endsAt: at(18),
          timeZone: 'Asia/Shanghai',
          signUpGoal: 40,
          shifts: capacities.map((capacity, i) => ({ startsAt: at(9 + i * 3), endsAt: at(11 + i * 3), capacity })),
          ...options.input,
        },
      },
    );
    if ((options.status ?? 'PUBLISHED') === 'PUBLISHED') await this.ok(`mutation($id: ID!) { publishDrive(id: $id) { status } }`, { id: createDrive.id });
    return { id: createDrive.id, slug: createDrive.slug, title: createDrive.title, day, shifts: createDrive.shifts.map((s: { id: string }) => s.id) };
  }

  /** A published drive (see `drive`), `daysAhead` from now. */
  publishedDrive(title: string, capacities: number[], daysAhead = 30): Promise<SeededDrive> {
    return this.drive(title, capacities, { days: daysAhead });
  }

  async team(name: string, collegeName: string): Promise<{ id: string; code: string }> {
    const { createTeam } = await this.ok(`mutation($input: CreateTeamInput!) { createTeam(input: $input) { id code } }`, { input: { name, collegeName } });
    return createTeam;
  }
}

let people = 0;

/**
 * What the form sends for a new person, with the one-time code it asks for first, read from the
 * platform's mail as the person would read it.
 */
export async function verifiedInput(platform: PlatformProcess, drive: SeededDrive, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const n = ++people;
  const input: Record<string, unknown> = {
    driveSlug: drive.slug,
    shiftId: drive.shifts[0],
    name: `Volunteer ${n}`,
    email: `volunteer${n}-${Date.now()}@campus.test`,
    // A number of their own: a phone finds one person.
    phone: `138${String(10_000_000 + n).slice(-8)}`,
    birthDate: '2003-05-17',
    consent: true,
    // Blood drives record outcomes: the form asks for the health consent too.
    healthConsent: true,
    ...extra,
  };
  if (!platform.codes) throw new Error('The platform has no code inbox (see useJourney)');
  const before = platform.codes.countFor(String(input.email));
  const asked = await platform.gql(`mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`, {
    slug: input.driveSlug,
    contact: input.email,
  });
  if (asked.errors?.length) throw new Error(`requestSignUpCode: ${JSON.stringify(asked.errors)}`);
  return { ...input, code: await platform.codes.codeFor(String(input.email), before) };
}

/** Submits the form's input (with its code) without a browser. */
export async function submitSignUp(platform: PlatformProcess, input: Record<string, unknown>) {
  const answer = await platform.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { status manageToken waitlistPosition } }`, { input });
  if (answer.errors?.length) throw new Error(`signUp: ${JSON.stringify(answer.errors)}`);
  return answer.data.signUp as { status: string; manageToken: string | null; waitlistPosition: number | null };
}

/** Signs someone up as the form would, without a browser: asks for a code, reads it, submits. */
export async function signUpDirectly(platform: PlatformProcess, drive: SeededDrive, extra: Record<string, unknown> = {}) {
  return submitSignUp(platform, await verifiedInput(platform, drive, extra));
}

/**
 * Runs `work` for every item, at most `concurrency` at a time, and answers in the items' order.
 * For sign-ups whose order does not matter: each waits for the platform's next mail round
 * (about a second) for its code, and side by side they wait for the same round.
 */
export async function inParallel<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>, concurrency = 20): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
