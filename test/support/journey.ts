// What every browser spec stands on: the built platform as a process in production mode, on an
// embedded PostgreSQL of its own with no demo and the test admin, mailing to an SMTP server and
// texting through an SMPP gateway of the journey's own; Debian's Chromium; and the admin signed
// in through the API to make data as an organizer would. `useJourney` starts them
// before a file's tests and stops them after; pages opened through it close after each test.
import { execFileSync } from 'child_process';
import { readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, PHONE } from './browser';
import { Credentials, LAPTOP, logIn, TABLET } from './organizer-app';
import { CodeInbox, CodesByChannel } from './code-inbox';
import { PlatformProcess, PRODUCTION, tempDir } from './platform-process';
import { ADMIN, Organizer } from './public-drive';
import { SmsGateway } from './sms-gateway';

export class Journey {
  platform!: PlatformProcess;
  browser!: Browser;
  /** The first admin, signed in through the API. */
  organizer!: Organizer;
  /** Where the platform's mail goes, unless the file named an SMTP_URL of its own. */
  inbox: CodeInbox | null = null;
  /** Where the platform's texts go (SMS_URL), unless the file named an SMS_URL of its own. */
  sms: SmsGateway | null = null;
  /**
   * What the browser refused under the platform's Content-Security-Policy, from any page of the
   * file: a test fails when its pages were refused anything (a test that provokes it takes its own).
   */
  readonly policyViolations: string[] = [];
  private readonly contexts: BrowserContext[] = [];
  /** The data directory of the platform's embedded PostgreSQL (set by useJourney). */
  pgDir = '';

  /**
   * Runs a statement on the platform's own database: only to move its clock (a drive closed long
   * ago), as the API's tests do; everything else a journey makes through the app or GraphQL. The
   * server listens on a port of its choosing, written in its postmaster.pid (fourth line).
   */
  async sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    const password = readFileSync(`${this.pgDir}.password`, 'utf8').trim();
    const port = readFileSync(join(this.pgDir, 'postmaster.pid'), 'utf8').split('\n')[3].trim();
    const client = new Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/relay` });
    await client.connect();
    try {
      return (await client.query(query, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** A page in a browser context of its own (its own storage, so its own session), closed after the test. */
  async page(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({ locale: 'en-US', ...options });
    this.contexts.push(context);
    return context.newPage();
  }

  /** A volunteer's phone, in their language. */
  phone(locale = 'en-US', options: BrowserContextOptions = {}): Promise<Page> {
    return this.page({ ...PHONE, locale, ...options });
  }

  /** The organizers' app, logged in through the form (as the admin unless told), on a laptop unless told. */
  async organizerPage(options: { who?: Credentials; screen?: typeof LAPTOP | typeof TABLET } & Omit<BrowserContextOptions, 'screen'> = {}): Promise<Page> {
    const { who, screen, ...rest } = options;
    const page = await this.page({ ...(screen ?? LAPTOP), ...rest });
    await logIn(page, this.platform, who);
    return page;
  }

  async closePages(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((c) => c.close()));
  }
}

/**
 * The platform and a browser for the tests of one file. `env` adds to (or overrides) what the
 * platform is started with; a function is called when it starts, after earlier `beforeAll`s.
 * The platform's mail goes to a code inbox (sign-ups need a one-time code), delivered every
 * second, unless `env` names an SMTP_URL of its own (then the file sets `platform.codes`); its
 * texts go to an SMPP gateway, unless `env` names an SMS_URL. `platform.codes` reads a code
 * where it went: a mail to an address, a text to a number.
 */
export function useJourney(name: string, env: Record<string, string> | (() => Record<string, string>) = {}): Journey {
  const journey = new Journey();
  const dir = tempDir(`relay-${name}-`);
  beforeAll(async () => {
    const extra = typeof env === 'function' ? env() : env;
    const inbox = (journey.inbox = extra.SMTP_URL ? null : await new CodeInbox().start());
    const sms = (journey.sms = extra.SMS_URL ? null : await new SmsGateway().start());
    const mail: Record<string, string> = inbox ? { SMTP_URL: inbox.url, REMINDER_TICK_SECONDS: '1' } : {};
    const texts: Record<string, string> = sms ? { SMS_URL: sms.url } : {};
    journey.pgDir = join(dir, 'postgres');
    copyTemplate(journey.pgDir);
    journey.platform = await (await PlatformProcess.start({ ...PRODUCTION, EMBEDDED_PG_DIR: journey.pgDir, DEMO_DATA: '0', ...ADMIN, ...mail, ...texts, ...extra })).ready();
    if (inbox) journey.platform.codes = sms ? new CodesByChannel(inbox, sms) : inbox;
    journey.organizer = await Organizer.login(journey.platform);
    journey.browser = watchPolicyViolations(await launchChromium(), journey.policyViolations);
  });
  afterEach(async () => {
    await journey.closePages();
    expect(journey.policyViolations.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.platform?.stop();
    await journey.inbox?.close();
    await journey.sms?.close();
    rmSync(dir, { recursive: true, force: true });
    // A platform stopped as an operator stops it finishes the messages it started (messages.scheduler.ts).
    expect((journey.inbox?.errors ?? []).map((e) => e.message)).toEqual([]);
  });
  return journey;
}

/**
 * The migrated data directory made once for the run (global-setup.ts), copied where the platform
 * will look: it starts as on an empty one, minus initdb and the migrations. Ownership and modes
 * are kept (`cp -a`): as root, the server runs as the `postgres` user, who owns the files.
 * Without one (E2E_PG_TEMPLATE unset), the platform makes its own as on a first start.
 */
function copyTemplate(pgDir: string): void {
  const template = process.env.E2E_PG_TEMPLATE;
  if (!template) return;
  execFileSync('cp', ['-a', template, pgDir]);
  execFileSync('cp', ['-a', `${template}.password`, `${pgDir}.password`]);
}

/**
 * Records what Chromium refuses under a Content-Security-Policy (it says so on the console) in
 * every context of `browser`, however a spec opens it (newPage opens a context through newContext).
 */
function watchPolicyViolations(browser: Browser, violations: string[]): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    context.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
    });
    return context;
  };
  return browser;
}
