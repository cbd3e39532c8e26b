// A running API on its own database, and a small GraphQL client for tests that speak the public
// language (house rule 10). Each test file makes its own data through the API.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { normalizeContact, Role } from '@life-relay/domain';
import { AppConfig, loadConfig } from '../config/app-config';
import { MailCatcher } from '../messages/delivery/mail-catcher';
import { RunningServer, startServer } from '../server';
import { createTestDatabase, dropTestDatabase } from './test-database';

export const ADMIN_EMAIL = 'admin@relay.test';
export const ADMIN_PASSWORD = 'admin-password-123';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: { field: string; message: string; key: string }[] } & Record<string, unknown> }[];
}

export interface GqlOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export class TestApp {
  private counter = 0;

  constructor(
    readonly server: RunningServer,
    readonly databaseName: string,
    readonly config: AppConfig,
  ) {}

  get http() {
    return request(this.server.app.getHttpServer());
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<GraphQLResult<T>> {
    let req = this.http.post('/graphql').set('content-type', 'application/json');
    if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
  }

  /** Like gql, but fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<T> {
    const result = await this.gql<T>(query, variables, options);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Reads the database directly: for checking what was (not) stored, never for making data. */
  sql<T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.server.app.get(DataSource).query(query, params);
  }

  /**
   * The public form's first step: asks for a one-time code for the e-mail address (else the
   * phone) of `input`, reads it from the message the platform queued for that contact (as the
   * person reads it in their inbox; before sending, the only place it exists in clear), and returns
   * the input with the code. Tests of the code itself read it from the SMTP server instead.
   */
  async withCode<T extends { driveSlug: string; email?: unknown; phone?: unknown }>(input: T, headers: Record<string, string> = {}): Promise<T & { code: string }> {
    const contact = String(input.email ?? input.phone);
    await this.ok(`mutation($slug: String!, $contact: String!) { requestSignUpCode(driveSlug: $slug, contact: $contact) }`, { slug: input.driveSlug, contact }, { headers });
    return { ...input, code: await this.queuedCode(contact) };
  }

  /** The latest code queued for a contact, still in its unsent message (reading only). */
  async queuedCode(contact: string): Promise<string> {
    const [row] = await this.sql(
      `SELECT payload->>'code' AS code FROM outbox WHERE purpose = 'SIGN_UP_CODE' AND recipient = $1 AND payload ? 'code' ORDER BY created_at DESC LIMIT 1`,
      [normalizeContact(contact)?.value],
    );
    if (row) return row.code;
    // Sent already (background delivery): the built-in catcher has it, as a newcomer's inbox would.
    const to = normalizeContact(contact)?.value ?? contact;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mail = [...this.server.app.get(MailCatcher).caught].reverse().find((m) => m.to.includes(to) && m.raw.includes('sign-up code'));
      const code = mail && /\b(\d{6})\b/.exec(mail.raw.split(/\r?\n\r?\n/).slice(1).join('\n'))?.[1];
      if (code) return code;
      if (Date.now() > deadline) throw new Error(`No code was sent to ${contact}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async adminToken(): Promise<string> {
    const data = await this.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    });
    return data.login.token;
  }

  /** A user with a password, invited by the admin; returns their id, e-mail and token. */
  async userWithRole(role: Role.ORGANIZER | Role.TEAM_LEAD, name = `${role} ${++this.counter}`) {
    const admin = await this.adminToken();
    const email = `${role.toLowerCase()}-${this.counter}-${Date.now()}@relay.test`;
    const invited = await this.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } setPasswordUrl } }`,
      { input: { email, name, role } },
      { token: admin },
    );
    const token = new URL(invited.inviteUser.setPasswordUrl).hash.replace('#token=', '');
    const set = await this.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, {
      input: { token, password: 'a-good-password' },
    });
    return { id: invited.inviteUser.user.id as string, email, token: set.setPassword.token as string };
  }

  /** An organizer of a new organization of their own (another than every other test user's); their token. */
  async organizerElsewhere(): Promise<string> {
    const admin = await this.adminToken();
    const n = ++this.counter;
    const { createOrganization } = await this.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: `Elsewhere ${n}` } }, { token: admin });
    const { inviteUser } = await this.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email: `elsewhere-${n}-${Date.now()}@relay.test`, name: 'Elsewhere organizer', role: Role.ORGANIZER, organizationId: createOrganization.id } },
      { token: admin },
    );
    const token = new URL(inviteUser.setPasswordUrl).hash.replace('#token=', '');
    return (await this.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, { input: { token, password: 'a-good-password' } })).setPassword.token;
  }

  async close(): Promise<void> {
    await this.server.close();
    await dropTestDatabase(this.databaseName);
  }
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: db.url,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    DEMO_DATA: '0',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'error',
    // Timed work is driven by the tests themselves, unless a test turns it on.
    BACKGROUND_JOBS: '0',
    REMINDER_TICK_SECONDS: '3600',
    // Tests come from one IP; the rate-limit tests set their own budgets.
    RATE_LIMIT_SIGN_UP: '100000',
    RATE_LIMIT_PUBLIC_READ: '100000',
    RATE_LIMIT_LOGIN: '100000',
    RATE_LIMIT_SIGN_UP_CODE: '100000',
    RATE_LIMIT_SIGN_UP_CODE_CONTACT: '100000',
    ...env,
  });
  const server = await startServer(config);
  return new TestApp(server, db.name, config);
}

/** Field paths of a BAD_USER_INPUT error, for compact assertions. */
export function badFields(result: GraphQLResult): string[] {
  const error = result.errors?.[0];
  if (error?.extensions.code !== 'BAD_USER_INPUT') throw new Error(`Expected BAD_USER_INPUT, got ${JSON.stringify(result.errors)}`);
  return (error.extensions.fields ?? []).map((f) => f.field).sort();
}

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions.code;
}
