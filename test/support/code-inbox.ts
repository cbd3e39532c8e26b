// A real SMTP server the journeys' platform sends its mail to, from which a journey reads the
// one-time sign-up code a volunteer would read in their inbox (texts: sms-gateway.ts). The
// platform exposes codes nowhere else (by design): this is how a test, like a person, gets one.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Anything that receives the platform's messages (mail, texts) and can hand over the first code
 * sent to a contact after a point: note `countFor(contact)` before asking for the code, then
 * `codeFor(contact, thatCount)`.
 */
export interface CodeSource {
  /** How many messages arrived so far where a code for `contact` would arrive. */
  countFor(contact: string): number;
  codeFor(contact: string, after: number, timeoutMs?: number): Promise<string>;
}

/** Codes by the channel they go by: to an e-mail address by mail, to a phone number by text. */
export class CodesByChannel implements CodeSource {
  constructor(
    private readonly mail: CodeSource,
    private readonly sms: CodeSource,
  ) {}

  private sourceOf(contact: string): CodeSource {
    return contact.includes('@') ? this.mail : this.sms;
  }

  countFor(contact: string): number {
    return this.sourceOf(contact).countFor(contact);
  }

  codeFor(contact: string, after: number, timeoutMs?: number): Promise<string> {
    return this.sourceOf(contact).codeFor(contact, after, timeoutMs);
  }
}

const CODE_SUBJECT = /sign-up code|报名验证码/;

/** The code of the first code mail to `address` among `mails` after index `after`, if any. */
export function codeIn(mails: readonly ReceivedMail[], address: string, after: number): string | null {
  const mail = mails.slice(after).find((m) => m.to.toLowerCase().includes(address.toLowerCase()) && CODE_SUBJECT.test(m.subject));
  return mail ? (/\b(\d{6})\b/.exec(mail.text)?.[1] ?? null) : null;
}

/** Waits for a code mail to `address` after `after` mails. */
export async function waitForCode(source: { mails: readonly ReceivedMail[] }, address: string, after: number, timeoutMs = 20000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const code = codeIn(source.mails, address, after);
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`No sign-up code reached ${address} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The inbox, which can also refuse mail with a chosen SMTP code (550: for good) to exercise failures. */
export class CodeInbox implements CodeSource {
  readonly mails: ReceivedMail[] = [];
  refuseWith: number | null = null;
  url = '';
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          if (this.refuseWith) return callback(Object.assign(new Error('Refused by the test'), { responseCode: this.refuseWith }));
          const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).map((t) => t?.text ?? '').join(', ');
          this.mails.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });

  /**
   * What went wrong on the inbox's connections: a connection reset in the middle of a message (a
   * platform that stopped under its delivery round) is reported by the journey, not thrown.
   */
  readonly errors: Error[] = [];

  async start(): Promise<this> {
    this.server.on('error', (error: Error) => this.errors.push(error));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as { port: number }).port}`;
    return this;
  }

  /** The subjects of what arrived besides the codes, in order. */
  get subjects(): string[] {
    return this.mails.filter((m) => !CODE_SUBJECT.test(m.subject)).map((m) => m.subject);
  }

  /** Waits until `count` messages besides the codes arrived. */
  async waitFor(count: number, timeoutMs = 20000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.subjects.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (this.subjects.length < count) throw new Error(`Only ${this.subjects.length} of ${count} messages arrived`);
  }

  /** Waits for a mail to `address` whose subject matches, and returns it. */
  async mailTo(address: string, subject: RegExp, timeoutMs = 20000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = this.mails.find((m) => m.to.toLowerCase().includes(address.toLowerCase()) && subject.test(m.subject));
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`No mail "${subject.source}" reached ${address}: ${JSON.stringify(this.mails.map((m) => [m.to, m.subject]))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  countFor(): number {
    return this.mails.length;
  }

  codeFor(address: string, after: number, timeoutMs?: number): Promise<string> {
    return waitForCode(this, address, after, timeoutMs);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
