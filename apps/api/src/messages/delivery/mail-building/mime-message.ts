// A rendered e-mail as the bytes that go over SMTP: its ticket's QR code drawn, then the whole
// MIME message built by nodemailer's own composer. Pure, and the costliest part of sending a
// confirmation (drawing the code and building the message were a third of delivery's CPU), so
// it is done by the mail worker (mail-worker.ts), off the event loop that claims, sends and
// records messages; and here when that worker fails.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { QrImage, RenderedMessage } from '../../rendering/message-renderer.service';
import { qrPng } from '../../rendering/qr-png';

/** An e-mail to build: what was rendered, and its envelope. */
export interface MailToBuild {
  from: string;
  to: string;
  /** The outbox id as Message-ID, so a receiver can drop a duplicate. */
  messageId: string;
  message: RenderedMessage;
}

const isQrImage = (content: unknown): content is QrImage => typeof content === 'object' && content !== null && 'qr' in content;

export function mimeMessage({ from, to, messageId, message }: MailToBuild): Promise<Buffer> {
  const attachments = message.attachments?.map(({ content, ...attachment }) => ({
    ...attachment,
    content: isQrImage(content) ? qrPng(content.qr, content.pixelsPerModule).png : content,
  }));
  return new MailComposer({ from, to, subject: message.subject, text: message.text, html: message.html, messageId, headers: message.headers, attachments }).compile().build();
}
