// Sends rendered messages over SMTP with nodemailer: to SMTP_URL, or to the built-in catcher.
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { WorkerClient } from '../../common/workers/worker-client';
import { MailCatcher } from './mail-catcher';
import { RenderedMessage } from '../rendering/message-renderer.service';
import { MailToBuild, mimeMessage } from './mail-building/mime-message';

/** Kept-open SMTP connections: also how many messages the outbox delivery sends at once. */
export const SMTP_POOL_CONNECTIONS = 4;

/** A message ready to go: its recipient and its bytes. */
export interface BuiltMail {
  to: string;
  raw: Buffer;
}

const messageIdOf = (outboxId: string) => `<${outboxId}@life-relay>`;

/** Why a send failed, and whether trying again later can help. */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly temporary: boolean,
  ) {
    super(message);
  }
}

@Injectable()
export class MailSender implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private transport: Transporter;
  /** Builds the messages off the event loop (mail-building/). */
  private readonly builder = new WorkerClient<MailToBuild, Uint8Array>(`${__dirname}/mail-building/mail-worker`, () => undefined);
  private built = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catcher: MailCatcher,
  ) {}

  /** Messages the mail worker built, since the start (for the tests). */
  get builtByWorker(): number {
    return this.built;
  }

  async onModuleInit() {
    const url = this.config.smtpUrl ?? (await this.catcher.start());
    // A small pool of kept-open connections: one SMTP handshake serves many messages.
    this.transport = nodemailer.createTransport(`${url}${url.includes('?') ? '&' : '?'}pool=true&maxConnections=${SMTP_POOL_CONNECTIONS}`);
  }

  /**
   * The message's bytes for the outbox row `outboxId`, whose id doubles as Message-ID so a
   * receiver can drop a duplicate. Built whole by the mail worker, or here when it fails:
   * sending never depends on it. (Built whole, it goes to the socket as one piece: streamed part
   * by part, each header, boundary and line of base64 was a write of its own, some 30 a message
   * and a sixth of delivery's CPU.)
   */
  async build(outboxId: string, to: string, message: RenderedMessage): Promise<BuiltMail> {
    const mail: MailToBuild = { from: this.config.mailFrom, to, messageId: messageIdOf(outboxId), message };
    try {
      const raw = await this.builder.run(mail);
      this.built++;
      return { to, raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) };
    } catch (error) {
      this.logger.warn(`A message was built on the event loop: the mail worker failed (${error instanceof Error ? error.message : error})`);
      return { to, raw: await mimeMessage(mail) };
    }
  }

  /** Sends a built message; answers its Message-ID. */
  async send(outboxId: string, { to, raw }: BuiltMail): Promise<string> {
    const from = this.config.mailFrom;
    const messageId = messageIdOf(outboxId);
    try {
      // from and to give the envelope; what the recipient sees is in `raw`.
      await this.transport.sendMail({ from, to, messageId, raw });
      return messageId;
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx is the server's final word (no such mailbox, refused); anything else may pass later.
      const temporary = !(typeof code === 'number' && code >= 500 && code < 600);
      throw new SendFailure(error instanceof Error ? error.message : String(error), temporary);
    }
  }

  /**
   * Pooled connections stay open between messages; a stopping process says goodbye once its last
   * delivery round is over (messages.scheduler.ts waits for it before this hook), not under it:
   * closed sooner, the pool refused the round's next messages and they went again later.
   */
  onApplicationShutdown(): Promise<void> {
    this.transport?.close();
    return this.builder.stop();
  }
}
