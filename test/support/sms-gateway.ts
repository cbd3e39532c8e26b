// A real SMPP 3.4 server (the server side of the smpp package) standing in for the operator's SMS
// gateway: the journeys' platform binds to it (SMS_URL) and submits its texts, which arrive here
// whole, concatenated parts put back together, as on the volunteer's phone. From it a journey
// reads the one-time code a person would read in their messages app.
import * as smpp from 'smpp';
import type { CodeSource } from './code-inbox';

const SYSTEM_ID = 'relay';
const PASSWORD = 'journey';

/** The sign-up code's text, in either language: "Life Relay code 123456, …", "【生命接力】验证码 123456，…". */
const CODE_TEXT = /(?:code|验证码)\s*(\d{6})\b/;

export interface ReceivedText {
  /** E.164 (the platform submits it without the plus). */
  to: string;
  from: string;
  text: string;
}

/** The concatenation header (8- or 16-bit reference) among a part's information elements, if any. */
function concatOf(elements: Buffer[] | undefined): { reference: number; total: number; index: number } | null {
  for (const e of elements ?? []) {
    if (e[0] === 0x00 && e[1] === 3) return { reference: e[2], total: e[3], index: e[4] };
    if (e[0] === 0x08 && e[1] === 4) return { reference: e.readUInt16BE(2), total: e[4], index: e[5] };
  }
  return null;
}

/** The digits of a number as typed or as submitted, with China's country code when none was given. */
function e164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') || digits.length > 11 ? `+${digits}` : `+86${digits}`;
}

export class SmsGateway implements CodeSource {
  readonly texts: ReceivedText[] = [];
  private server!: smpp.Server;
  private nextId = 1;
  private readonly parts = new Map<string, string[]>();
  url = '';

  async start(): Promise<this> {
    this.server = smpp.createServer({}, (session) => this.serve(session));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `smpp://${SYSTEM_ID}:${PASSWORD}@127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  private serve(session: smpp.Session): void {
    session.on('error', () => undefined);
    const bind = (pdu: smpp.PDU) => {
      const known = pdu.system_id === SYSTEM_ID && pdu.password === PASSWORD;
      session.send(pdu.response(known ? { system_id: 'journey-smsc' } : { command_status: smpp.errors.ESME_RBINDFAIL }));
      if (!known) session.close();
    };
    session.on('bind_transceiver', bind);
    session.on('bind_transmitter', bind);
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: smpp.PDU) => {
      session.send(pdu.response({ message_id: `journey-${this.nextId++}` }));
      const message = pdu.short_message ?? { message: '' };
      this.receive(String(pdu.destination_addr), String(pdu.source_addr), String(message.message), concatOf(message.udh));
    });
  }

  private receive(to: string, from: string, text: string, concat: ReturnType<typeof concatOf>): void {
    const recipient = e164(to);
    if (!concat || concat.total <= 1) return void this.texts.push({ to: recipient, from, text });
    const key = `${recipient}|${concat.reference}`;
    const parts = this.parts.get(key) ?? new Array<string>(concat.total).fill('');
    parts[concat.index - 1] = text;
    this.parts.set(key, parts);
    if (parts.every((p) => p !== '')) {
      this.parts.delete(key);
      this.texts.push({ to: recipient, from, text: parts.join('') });
    }
  }

  /** The texts that reached a number (as typed into the form, or in E.164). */
  to(phone: string): ReceivedText[] {
    return this.texts.filter((t) => t.to === e164(phone));
  }

  /** Waits until `count` texts reached a number, and returns them. */
  async waitForTexts(phone: string, count: number, timeoutMs = 20000): Promise<ReceivedText[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(phone).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const texts = this.to(phone);
    if (texts.length < count) throw new Error(`Only ${texts.length} of ${count} texts reached ${phone}: ${JSON.stringify(texts)}`);
    return texts;
  }

  countFor(): number {
    return this.texts.length;
  }

  async codeFor(phone: string, after: number, timeoutMs = 20000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const code = this.texts
        .slice(after)
        .filter((t) => t.to === e164(phone))
        .map((t) => CODE_TEXT.exec(t.text)?.[1])
        .find((c) => c !== undefined);
      if (code) return code;
      if (Date.now() > deadline) throw new Error(`No sign-up code reached ${phone} by text within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close(): Promise<void> {
    for (const session of [...this.server.sessions]) session.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
