// The built-in SMS catcher: a real SMPP server inside the process (the server side of the smpp
// package), used when SMS_URL is not set, so a newcomer's platform "sends" every text somewhere
// they can look at it; the Outbox shows each one. It answers every submit_sm, puts concatenated
// parts back together, and sends the delivery receipt that was asked for.
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'crypto';
import * as smpp from 'smpp';
import { SmppAccount } from '../../config/app-config';
import { concatOf, SmsReassembly } from './sms-encoding';
import { answerHousekeeping } from './smpp-session';

export interface CaughtSms {
  from: string;
  to: string;
  text: string;
  dataCoding: number;
  parts: number;
  receivedAt: Date;
}

const KEEP = 500;

/** The short_message of a delivery receipt (SMPP 3.4 appendix B). */
export function receiptText(id: string, submitted: Date, done: Date, stat: string): string {
  const at = (d: Date) => d.toISOString().replace(/\D/g, '').slice(2, 12);
  return `id:${id} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:${at(submitted)} done date:${at(done)} stat:${stat} err:000 text:`;
}

@Injectable()
export class SmsCatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(SmsCatcher.name);
  private server: smpp.Server | null = null;
  private nextId = 1;
  /** Ids unique across restarts, as a gateway's are: a receipt must not find an older text. */
  private readonly run = randomBytes(4).toString('hex');
  readonly caught: CaughtSms[] = [];

  /** Starts listening on a free loopback port; returns the account to bind with. */
  async start(): Promise<SmppAccount> {
    const assembly = new SmsReassembly();
    const server = (this.server = smpp.createServer({}, (session) => {
      const bind = (pdu: smpp.PDU) => session.send(pdu.response({ system_id: 'catcher' }));
      session.on('bind_transceiver', bind);
      session.on('bind_transmitter', bind);
      answerHousekeeping(session);
      session.on('deliver_sm_resp', () => undefined);
      session.on('error', () => undefined);
      session.on('submit_sm', (pdu: smpp.PDU) => {
        const id = `${this.run}-${this.nextId++}`;
        session.send(pdu.response({ message_id: id }));
        const message = pdu.short_message as smpp.ShortMessage;
        const concat = concatOf(message.udh);
        const text = assembly.add(`${pdu.destination_addr}`, String(message.message), concat);
        if (text !== null) {
          this.caught.push({ from: String(pdu.source_addr), to: `+${pdu.destination_addr}`, text, dataCoding: pdu.data_coding ?? 0, parts: concat?.total ?? 1, receivedAt: new Date() });
          if (this.caught.length > KEEP) this.caught.splice(0, this.caught.length - KEEP);
        }
        if ((pdu.registered_delivery ?? 0) & 1) {
          const now = new Date();
          session.deliver_sm({
            source_addr: pdu.destination_addr,
            destination_addr: pdu.source_addr,
            esm_class: 0x04, // an SMSC delivery receipt
            short_message: receiptText(id, now, now, 'DELIVRD'),
            receipted_message_id: id,
            message_state: 2, // DELIVERED
          });
        }
      });
    }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    this.logger.log(`No SMS_URL: text messages go to the built-in SMS catcher (see the Outbox) on port ${port}`);
    return { host: '127.0.0.1', port, systemId: 'life-relay', password: '' };
  }

  /** After the stopping process's last delivery round (see SmsSender). */
  async onApplicationShutdown() {
    const server = this.server;
    if (!server) return;
    for (const session of [...server.sessions]) session.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
