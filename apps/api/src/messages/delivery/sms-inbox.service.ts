// What comes back from the SMS gateway on the bound session (deliver_sm): delivery receipts,
// recorded on the text they are about, and volunteers' replies, of which a STOP (or TD, 退订)
// unsubscribes everyone with that phone from the unsolicited messages, as the one-click link does,
// and a 1/YES/是 or 2/NO/否 answers the latest call-out that asked the number.
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PDU } from 'smpp';
import { DataSource } from 'typeorm';
import { callOutAnswerOf, normalizePhone } from '@life-relay/domain';
import { Outbox } from '../../outbox/outbox.repository';
import { Volunteers } from '../../sign-ups/volunteers.repository';
import { CallOutRecipients } from '../call-outs/call-out-recipients.repository';
import { SmsSender } from './sms-sender';

/** Replies that mean "no more messages", compared trimmed and case-insensitive. */
export const STOP_KEYWORDS = ['stop', 'td', '退订'] as const;

/** esm_class bits 2–5: 0001 is an SMSC delivery receipt (SMPP 3.4, 5.2.12). */
const RECEIPT = 0x04;
/** message_state TLV values (SMPP 3.4, 5.2.28), as receipts' stat: words name them. */
const MESSAGE_STATES = ['SCHEDULED', 'ENROUTE', 'DELIVRD', 'EXPIRED', 'DELETED', 'UNDELIV', 'ACCEPTD', 'UNKNOWN', 'REJECTD'];

export interface Receipt {
  messageId: string;
  state: string;
  at: Date;
}

/** A delivery receipt's message id, state and time, from its TLVs or its text (appendix B); null if not one. */
export function readReceipt(pdu: Pick<PDU, 'esm_class' | 'short_message' | 'receipted_message_id' | 'message_state'>): Receipt | null {
  if (((pdu.esm_class ?? 0) & 0x3c) !== RECEIPT) return null;
  const text = String(pdu.short_message?.message ?? '');
  const messageId = pdu.receipted_message_id || /\bid:(\S+)/i.exec(text)?.[1];
  if (!messageId) return null;
  const state = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase() ?? (pdu.message_state ? MESSAGE_STATES[pdu.message_state] : undefined) ?? 'UNKNOWN';
  const done = /done date:(\d{10,12})/i.exec(text)?.[1];
  const at = done ? new Date(Date.UTC(2000 + Number(done.slice(0, 2)), Number(done.slice(2, 4)) - 1, Number(done.slice(4, 6)), Number(done.slice(6, 8)), Number(done.slice(8, 10)), Number(done.slice(10, 12) || 0))) : new Date();
  return { messageId, state, at: Number.isNaN(at.getTime()) ? new Date() : at };
}

/** Whether a reply asks to stop the messages. */
export function isStopReply(text: string): boolean {
  return (STOP_KEYWORDS as readonly string[]).includes(text.trim().toLowerCase());
}

/** The sender of a reply in E.164: international numbers come without their +. */
export function replyPhone(pdu: Pick<PDU, 'source_addr' | 'source_addr_ton'>): string | null {
  const raw = String(pdu.source_addr ?? '').trim();
  if (!raw) return null;
  return normalizePhone(pdu.source_addr_ton === 1 && !raw.startsWith('+') ? `+${raw}` : raw);
}

/** A receipt may overtake the recording of its text's SENT (written in batches): look again for a while. */
const RECEIPT_RETRIES = 20;
const RECEIPT_RETRY_MS = 250;

@Injectable()
export class SmsInbox implements OnModuleInit {
  private readonly logger = new Logger(SmsInbox.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: SmsSender,
    private readonly outbox: Outbox,
    private readonly volunteers: Volunteers,
    private readonly callOutRecipients: CallOutRecipients,
  ) {}

  onModuleInit() {
    this.sender.onInbound((pdu) => this.receive(pdu));
  }

  async receive(pdu: PDU): Promise<void> {
    const receipt = readReceipt(pdu);
    if (receipt) return this.recordReceipt(receipt);
    const text = String(pdu.short_message?.message ?? '');
    const answer = callOutAnswerOf(text);
    if (answer) {
      const phone = replyPhone(pdu);
      const answered = phone !== null && (await this.callOutRecipients.answerBySms(this.dataSource.manager, phone, answer));
      if (!answered) this.logger.log('A reply that reads as an answer matched no call-out asked lately');
      return;
    }
    if (!isStopReply(text)) return;
    const phone = replyPhone(pdu);
    if (!phone) return;
    const count = await this.volunteers.unsubscribeByPhone(this.dataSource.manager, phone);
    this.logger.log(`A reply of STOP unsubscribed ${count} volunteer(s)`);
  }

  private async recordReceipt({ messageId, state, at }: Receipt) {
    for (let tries = 0; tries < RECEIPT_RETRIES; tries++) {
      if (await this.outbox.recordReceipt(this.dataSource.manager, messageId, state, at)) return;
      await new Promise((resolve) => setTimeout(resolve, RECEIPT_RETRY_MS));
    }
    this.logger.warn(`A delivery receipt for an unknown text (${messageId}, ${state}) was dropped`);
  }
}
