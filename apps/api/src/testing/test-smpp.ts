// A real SMPP 3.4 server for tests (the server side of the smpp package): accepts binds, receives
// what the platform submits and reassembles concatenated texts, or refuses a bind or a message
// with a chosen status to exercise retries; sends delivery receipts and replies (MO) on demand.
import * as smpp from 'smpp';
import { concatOf, SmsReassembly } from '../messages/delivery/sms-encoding';
import { receiptText } from '../messages/delivery/sms-catcher';
import { answerHousekeeping } from '../messages/delivery/smpp-session';

export const TEST_SYSTEM_ID = 'relay';
export const TEST_PASSWORD = 'secret';

export interface ReceivedSms {
  /** E.164, as the platform's outbox names the recipient. */
  to: string;
  from: string;
  text: string;
  dataCoding: number;
  /** The submit_sm PDUs it came in, in order, and the message id each was given. */
  parts: { text: string; esmClass: number; messageId: string; concat: ReturnType<typeof concatOf> }[];
  registeredDelivery: number;
}

export class TestSmpp {
  readonly received: ReceivedSms[] = [];
  /** Every submit_sm, in the order it came. */
  readonly submits: smpp.PDU[] = [];
  binds = 0;
  /** When set, binds are answered with this status (0x0D: ESME_RBINDFAIL). */
  refuseBindWith: number | null = null;
  /** When set, every submit_sm is answered with this status (0x58: ESME_RTHROTTLED). */
  refuseSubmitWith: number | null = null;
  /** submit_sm received and not answered yet, and the most there were at once (the client's window). */
  unanswered = 0;
  mostUnanswered = 0;
  /** While set, submit_sm are received but not answered, until releaseAnswers. */
  holdAnswers = false;
  private readonly held: (() => void)[] = [];
  private server: smpp.Server;
  private nextId = 1;
  private readonly assembly = new SmsReassembly();
  private readonly pending = new Map<string, ReceivedSms['parts']>();
  port = 0;

  get url(): string {
    return `smpp://${TEST_SYSTEM_ID}:${TEST_PASSWORD}@127.0.0.1:${this.port}`;
  }

  /** Answers every submit_sm held back, and answers the next ones at once. */
  releaseAnswers(): void {
    this.holdAnswers = false;
    for (const send of this.held.splice(0)) send();
  }

  static async start(): Promise<TestSmpp> {
    const test = new TestSmpp();
    test.server = smpp.createServer({}, (session) => test.serve(session));
    await new Promise<void>((resolve) => test.server.listen(0, '127.0.0.1', resolve));
    test.port = (test.server.address() as { port: number }).port;
    return test;
  }

  private serve(session: smpp.Session) {
    session.on('error', () => undefined);
    const bind = (pdu: smpp.PDU) => {
      this.binds++;
      const refused = this.refuseBindWith ?? (pdu.system_id === TEST_SYSTEM_ID && pdu.password === TEST_PASSWORD ? null : smpp.errors.ESME_RBINDFAIL);
      if (refused !== null) {
        session.send(pdu.response({ command_status: refused }));
        session.close();
        return;
      }
      session.send(pdu.response({ system_id: 'test-smsc' }));
    };
    session.on('bind_transceiver', bind);
    session.on('bind_transmitter', bind);
    answerHousekeeping(session);
    session.on('submit_sm', (pdu: smpp.PDU) => {
      this.mostUnanswered = Math.max(this.mostUnanswered, ++this.unanswered);
      const answer = (response: smpp.PDU) => {
        const send = () => {
          this.unanswered--;
          session.send(response);
        };
        if (this.holdAnswers) this.held.push(send);
        else send();
      };
      if (this.refuseSubmitWith !== null) return answer(pdu.response({ command_status: this.refuseSubmitWith }));
      const messageId = `smsc-${this.nextId++}`;
      answer(pdu.response({ message_id: messageId }));
      this.submits.push(pdu);
      const message = pdu.short_message as smpp.ShortMessage;
      const concat = concatOf(message.udh);
      const key = `${pdu.destination_addr}|${concat?.reference ?? messageId}`;
      const parts = [...(this.pending.get(key) ?? []), { text: String(message.message), esmClass: pdu.esm_class ?? 0, messageId, concat }];
      const text = this.assembly.add(String(pdu.destination_addr), String(message.message), concat);
      if (text === null) return void this.pending.set(key, parts);
      this.pending.delete(key);
      parts.sort((a, b) => (a.concat?.index ?? 0) - (b.concat?.index ?? 0));
      this.received.push({ to: `+${pdu.destination_addr}`, from: String(pdu.source_addr), text, dataCoding: pdu.data_coding ?? 0, parts, registeredDelivery: pdu.registered_delivery ?? 0 });
    });
  }

  /** The bound sessions (the platform keeps one). */
  private get sessions(): smpp.Session[] {
    return this.server.sessions;
  }

  to(phone: string): ReceivedSms[] {
    return this.received.filter((m) => m.to === phone);
  }

  /** Sends a delivery receipt for a message id, as a gateway does; resolves on the platform's answer. */
  receipt(messageId: string, stat: 'DELIVRD' | 'UNDELIV' | 'EXPIRED', to: string, doneAt = new Date()): Promise<number> {
    return this.deliver({
      source_addr: to.replace(/^\+/, ''),
      destination_addr: 'LifeRelay',
      esm_class: 0x04,
      short_message: receiptText(messageId, doneAt, doneAt, stat),
      receipted_message_id: messageId,
      message_state: stat === 'DELIVRD' ? 2 : stat === 'EXPIRED' ? 3 : 5,
    });
  }

  /** A volunteer's reply (mobile-originated) from a phone; resolves on the platform's answer. */
  reply(from: string, text: string): Promise<number> {
    return this.deliver({ source_addr_ton: 1, source_addr_npi: 1, source_addr: from.replace(/^\+/, ''), destination_addr: '10690001', esm_class: 0, short_message: { message: text } });
  }

  private deliver(options: Record<string, unknown>): Promise<number> {
    const [session] = this.sessions;
    if (!session) return Promise.reject(new Error('No bound session to deliver on'));
    return new Promise((resolve) => session.deliver_sm(options, (resp) => resolve(resp.command_status)));
  }

  /** Ends every session, as a gateway restarting does. */
  dropSessions(): void {
    for (const session of [...this.sessions]) session.destroy();
  }

  async waitFor(count: number, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (this.received.length < count) throw new Error(`Only ${this.received.length} of ${count} texts arrived`);
  }

  async close(): Promise<void> {
    this.dropSessions();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
