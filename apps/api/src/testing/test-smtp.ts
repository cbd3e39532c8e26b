// A real SMTP server for tests: receives what the platform sends and parses it, or refuses
// with a chosen reply to exercise retries.
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export class TestSmtp {
  readonly received: ParsedMail[] = [];
  /** When set, every message is answered with this SMTP code (451: try later, 550: never). */
  refuseWith: number | null = null;
  private server: SMTPServer;
  url = '';

  static async start(): Promise<TestSmtp> {
    const smtp = new TestSmtp();
    smtp.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            if (smtp.refuseWith) return callback(Object.assign(new Error('Refused by the test'), { responseCode: smtp.refuseWith }));
            smtp.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    smtp.url = `smtp://127.0.0.1:${(smtp.server.server.address() as { port: number }).port}`;
    return smtp;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(address)));
  }

  /** Waits until `count` messages arrived (background delivery). */
  async waitFor(count: number, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (this.received.length < count) throw new Error(`Only ${this.received.length} of ${count} messages arrived`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
