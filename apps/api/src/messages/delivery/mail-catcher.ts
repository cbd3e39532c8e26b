// The built-in mail catcher: a real SMTP server inside the process, used when SMTP_URL is not
// set, so a newcomer's platform "sends" every message somewhere they can look at it.
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  from: string;
  to: string[];
  raw: string;
  receivedAt: Date;
}

const KEEP = 500;

@Injectable()
export class MailCatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(MailCatcher.name);
  private server: SMTPServer | null = null;
  readonly caught: CaughtMail[] = [];

  /** Starts listening on a free loopback port; returns the smtp:// URL to send to. */
  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.caught.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
            receivedAt: new Date(),
          });
          if (this.caught.length > KEEP) this.caught.splice(0, this.caught.length - KEEP);
          callback();
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as { port: number };
    this.logger.log(`No SMTP_URL: mail goes to the built-in catcher (see the Outbox) on port ${port}`);
    return `smtp://127.0.0.1:${port}`;
  }

  /** After the stopping process's last delivery round (see MailSender), as the sender's pool closes. */
  async onApplicationShutdown() {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
