// Sends rendered messages over SMTP with nodemailer: to SMTP_URL, or to the built-in catcher.
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MailCatcher } from './mail-catcher';
import { RenderedMessage } from '../rendering/message-renderer.service';

/** Kept-open SMTP connections: also how many messages the outbox delivery sends at once. */
export const SMTP_POOL_CONNECTIONS = 4;

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
export class MailSender implements OnModuleInit, OnModuleDestroy {
  private transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catcher: MailCatcher,
  ) {}

  async onModuleInit() {
    const url = this.config.smtpUrl ?? (await this.catcher.start());
    // A small pool of kept-open connections: one SMTP handshake serves many messages.
    this.transport = nodemailer.createTransport(`${url}${url.includes('?') ? '&' : '?'}pool=true&maxConnections=${SMTP_POOL_CONNECTIONS}`);
  }

  /**
   * Sends one message; the outbox id doubles as Message-ID so a receiver can drop a duplicate.
   * The message is built whole first and handed over as one piece: streamed part by part, each
   * header, boundary and line of base64 was a write of its own to the socket, some 30 a message
   * and a sixth of delivery's CPU.
   */
  async send(outboxId: string, to: string, message: RenderedMessage): Promise<string> {
    const from = this.config.mailFrom;
    const messageId = `<${outboxId}@life-relay>`;
    try {
      const raw = await new MailComposer({
        from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId,
        headers: message.headers,
        attachments: message.attachments,
      })
        .compile()
        .build();
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

  /** Pooled connections stay open between messages; a stopping process says goodbye. */
  onModuleDestroy() {
    this.transport?.close();
  }
}
