// Part 3: messages per second from the outbox to a local SMTP server (smtp-server in this
// process), against a plain nodemailer loop with the same pool settings to the same server.
//
// The API runs with BACKGROUND_JOBS=1, SMTP_URL pointing here and REMINDER_TICK_SECONDS=60 (the
// default: delivery polls every 5 s, the reminder scan runs every minute; --reminder-tick=1
// makes delivery poll every second, and the scan too). Once it is idle, M confirmation messages for real
// sign-ups are queued in one INSERT, as SignUpsService queues them (payload with the manage
// token, so rendering is the real one: template, time zone, calendar invite). The rate is taken
// from the first to the last message received; the time from the INSERT's commit to the last
// message is reported too (it includes the wait for the next delivery poll). The baseline then
// sends the very same messages: the SMTP server keeps what the API sent, and each is parsed back
// into its parts (subject, text, HTML, headers, the ticket's image and the calendar invite) for
// nodemailer to compose and send again. (Before round seven it sent the copy each outbox row
// keeps, which has no attachments and no headers: three MIME parts where the API sends six.)
//
// The headline compares like with like: the outbox keeps SMTP_POOL_CONNECTIONS (4) messages in
// flight, and so does the baseline (4 workers, each awaiting its sendMail, on a pool of 4). The
// one-at-a-time loop and every message handed over at once are kept as secondary figures.
//
// Text messages the same way: M confirmations on the SMS channel, sent by the same API process
// over SMPP to an SMPP server in the bench (the smpp package's server side, as the API's tests
// use), against a plain smpp client bound to the same server sending the same texts (split by
// the API's own encoding) with the same parallelism (SMS_WINDOW, 10, messages in flight on one
// session, the parts of a message one after another, as SmsSender does).
import { simpleParser } from 'mailparser';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import { Client } from 'pg';
import * as smpp from 'smpp';
import { SMTPServer } from 'smtp-server';
import { CPU_MEASURED, cpuSince, cpuSnapshot } from './cpu';
import type { ClaimedRow, OutboxStatements, Queryable, SmsEncoding } from './platform';
import { ratioOf } from './sign-up';
import { log, nowMs, round, sleep } from './util';

export interface DeliveryResult {
  messages: number;
  /** How long the part waited, before starting the API, for PostgreSQL to finish what the parts before left it (autovacuum), and what it saw (absent before round ten). */
  quietBefore?: { waitedMs: number; seen: string[]; quiet: boolean };
  meanMessageBytes: number;
  api: { messagesPerSecond: number; endToEndPerSecond: number; secondsToLast: number; firstAfterMs: number; sent: number; other: number };
  /** `for (...) await transport.sendMail(...)`, pool=true, maxConnections=4. */
  loop: { messagesPerSecond: number; seconds: number };
  /** The same transport given every message at once: its pool of 4 works in parallel. */
  pooled: { messagesPerSecond: number; seconds: number };
  /** As many workers as the outbox keeps messages in flight, each awaiting its sendMail: like for like (absent before issue 24). */
  parallel?: { messagesPerSecond: number; seconds: number; inFlight: number };
  /** The baseline's messages, as the SMTP server received them (absent before round seven, when they were lighter). */
  baselineMeanMessageBytes?: number;
  /** The headline: API / `parallel` (before issue 24: API / loop). Null when the baseline sent nothing. */
  ratio: number | null;
  /** API / the one-at-a-time loop (the headline before issue 24). */
  ratioToLoop?: number | null;
  ratioToPooled: number | null;
  /** Text messages: the outbox over SMPP against a plain smpp client. */
  sms?: SmsDeliveryResult | null;
  window: { fromMs: number; toMs: number };
  /** REMINDER_TICK_SECONDS of the API: delivery polls every min(5, tick) s; the reminder scan runs every tick. */
  reminderTickSeconds: number;
}

export class LocalSmtp {
  received = 0;
  bytes = 0;
  firstAt = 0;
  lastAt = 0;
  /** What arrived while `keeping` (each message whole), for the baseline to send again. */
  kept: Buffer[] = [];
  keeping = false;
  private server: SMTPServer;
  url = '';

  static async start(): Promise<LocalSmtp> {
    const smtp = new LocalSmtp();
    smtp.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      maxClients: 100,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          smtp.bytes += chunk.length;
          if (smtp.keeping) chunks.push(chunk);
        });
        stream.on('end', () => {
          if (smtp.keeping) smtp.kept.push(Buffer.concat(chunks));
          smtp.lastAt = nowMs();
          if (smtp.received++ === 0) smtp.firstAt = smtp.lastAt;
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    smtp.url = `smtp://127.0.0.1:${(smtp.server.server.address() as { port: number }).port}`;
    return smtp;
  }

  reset(): void {
    this.received = 0;
    this.bytes = 0;
    this.firstAt = 0;
    this.lastAt = 0;
  }

  async waitFor(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received < count && Date.now() < deadline) await sleep(20);
    if (this.received < count) throw new Error(`Only ${this.received} of ${count} messages arrived within ${timeoutMs} ms`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Makes sure nothing else is queued, so that only the bench's messages are delivered. */
export async function clearQueue(databaseUrl: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rowCount } = await db.query(`UPDATE outbox SET state = 'SKIPPED', updated_at = now() WHERE state = 'QUEUED'`);
    return rowCount ?? 0;
  } finally {
    await db.end();
  }
}

export type ApiDelivery = Pick<DeliveryResult, 'messages' | 'meanMessageBytes' | 'api' | 'window'> & { run: string };

/**
 * Queues `count` confirmations and waits for the running API (background jobs on, SMTP to
 * `smtp`) to deliver them.
 */
export async function apiDelivery(databaseUrl: string, smtp: LocalSmtp, count: number): Promise<ApiDelivery> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'bench-delivery' });
  await db.connect();
  const run = `bench-${Date.now().toString(36)}`;
  try {
    // Let the API's first reminder scan and delivery rounds pass: nothing should be queued.
    await sleep(3000);
    const [{ queued }] = (await db.query(`SELECT count(*)::int AS queued FROM outbox WHERE state = 'QUEUED'`)).rows;
    if (queued) log(`  note: ${queued} message(s) were queued by the API's own scan before the run`);
    smtp.reset();
    await sleep(1500);
    const stray = smtp.received;

    smtp.reset();
    smtp.kept = [];
    smtp.keeping = true;
    const queuing = nowMs();
    const { rowCount } = await db.query(
      `INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale, payload)
       SELECT 'SIGN_UP_CONFIRMATION', 'SIGN_UP_CONFIRMATION:' || s.id || ':' || $2, v.email, v.id, s.id, s.locale,
              jsonb_build_object('signUpId', s.id, 'status', s.status)
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
        WHERE d.status = 'PUBLISHED' AND s.status = 'REGISTERED'
        ORDER BY s.arrival DESC
        LIMIT $1`,
      [count, run],
    );
    // From the commit of the INSERT: finding 3,000 sign-ups to confirm among a million is the bench's work.
    const t0 = nowMs();
    if (rowCount !== count) throw new Error(`Only ${rowCount} registered sign-ups to confirm; lower --messages`);
    log(`Delivery: ${count} confirmations queued (in ${Math.round(t0 - queuing)} ms); waiting for the API to send them`);
    await smtp.waitFor(count + queued + stray, Math.max(120000, count * 200));
    const api = {
      messagesPerSecond: round((count - 1) / ((smtp.lastAt - smtp.firstAt) / 1000), 1),
      endToEndPerSecond: round(count / ((smtp.lastAt - t0) / 1000), 1),
      secondsToLast: round((smtp.lastAt - t0) / 1000, 2),
      firstAfterMs: round(smtp.firstAt - t0, 0),
      sent: 0,
      other: queued + stray,
    };
    const meanMessageBytes = Math.round(smtp.bytes / smtp.received);
    smtp.keeping = false;
    // The last SENT is written just after the SMTP server took the message.
    for (let i = 0; i < 50 && api.sent < count; i++) {
      api.sent = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE $1 AND state = 'SENT'`, [`%:${run}`])).rows[0].n;
      if (api.sent < count) await sleep(100);
    }
    log(`  API: ${api.messagesPerSecond} msg/s (first to last), ${api.endToEndPerSecond} msg/s from the INSERT's commit; ${api.sent} marked SENT`);
    return { messages: count, meanMessageBytes, api, run, window: { fromMs: t0, toMs: t0 + api.secondsToLast * 1000 } };
  } finally {
    await db.end();
  }
}

/**
 * A message the API sent, parsed back into what nodemailer is given to compose it: the same
 * subject, text, HTML, List-Unsubscribe headers and attachments (the inline ticket image by its
 * Content-ID, the calendar invite with its method), so that both sides build the same MIME tree.
 */
async function asSent(raw: Buffer): Promise<SendMailOptions> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  const headers = mail.headerLines.filter((h) => h.key.startsWith('list-')).map((h) => ({ key: h.line.slice(0, h.line.indexOf(':')), value: h.line.slice(h.line.indexOf(':') + 1).trim() }));
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return {
    to: to?.text,
    subject: mail.subject,
    text: mail.text,
    html: mail.html || undefined,
    headers,
    attachments: mail.attachments.map((a) => {
      const type = a.headers.get('content-type') as { value: string; params: Record<string, string> } | undefined;
      const params = Object.entries(type?.params ?? {}).map(([k, v]) => `; ${k}=${v}`).join('');
      return { filename: a.filename, content: a.content, contentType: type ? type.value + params : a.contentType, cid: a.cid, contentDisposition: a.contentDisposition as 'inline' | 'attachment' };
    }),
  };
}

/** The API's messages, sent again by plain nodemailer (the API stopped by then). */
export async function plainDelivery(smtp: LocalSmtp, measured: ApiDelivery, mailFrom: string, inFlight: number): Promise<DeliveryResult> {
  const rows = await Promise.all(smtp.kept.map(asSent));
  if (rows.length !== measured.messages) throw new Error(`The SMTP server kept ${rows.length} of the API's ${measured.messages} messages`);
  const send = (transport: Transporter, i: number, tag: string) => transport.sendMail({ ...rows[i], from: mailFrom, messageId: `<${i}.${tag}@bench>` });
  const poolUrl = `${smtp.url}?pool=true&maxConnections=${inFlight}`; // as apps/api/src/messages/delivery/mail-sender.ts

  const timedRun = async (tag: string, body: (t: Transporter) => Promise<void>) => {
    const transport = nodemailer.createTransport(poolUrl);
    // One message first, so both runs start with an open connection, as the API's pool had.
    await send(transport, 0, `${tag}-warm`);
    smtp.reset();
    const t = nowMs();
    await body(transport);
    await smtp.waitFor(rows.length, 120000);
    const seconds = (smtp.lastAt - t) / 1000;
    transport.close();
    return { messagesPerSecond: round(rows.length / seconds, 1), seconds: round(seconds, 2) };
  };
  const parallelRun = await timedRun('parallel', async (transport) => {
    let next = 0;
    const worker = async () => {
      while (next < rows.length) await send(transport, next++, 'parallel');
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  });
  const parallel = { ...parallelRun, inFlight };
  const baselineMeanMessageBytes = Math.round(smtp.bytes / smtp.received);
  log(`  nodemailer, ${inFlight} in flight (as the outbox): ${parallel.messagesPerSecond} msg/s, ${baselineMeanMessageBytes} bytes a message (the API's: ${measured.meanMessageBytes})`);
  const loop = await timedRun('loop', async (transport) => {
    for (let i = 0; i < rows.length; i++) await send(transport, i, 'loop');
  });
  log(`  nodemailer loop: ${loop.messagesPerSecond} msg/s`);
  const pooled = await timedRun('pooled', async (transport) => {
    await Promise.all(rows.map((_, i) => send(transport, i, 'pooled')));
  });
  log(`  nodemailer, all at once to the pool of 4: ${pooled.messagesPerSecond} msg/s`);
  const { api } = measured;
  return {
    messages: measured.messages,
    meanMessageBytes: measured.meanMessageBytes,
    baselineMeanMessageBytes,
    api,
    loop,
    pooled,
    parallel,
    ratio: ratioOf(api.messagesPerSecond, parallel.messagesPerSecond),
    ratioToLoop: ratioOf(api.messagesPerSecond, loop.messagesPerSecond),
    ratioToPooled: ratioOf(api.messagesPerSecond, pooled.messagesPerSecond),
    window: measured.window,
    reminderTickSeconds: 0,
  };
}

export interface SmsDeliveryResult {
  messages: number;
  /** submit_sm PDUs per message on average (a long or Chinese text goes in several parts). */
  meanParts: number;
  api: { messagesPerSecond: number; endToEndPerSecond: number; firstAfterMs: number; sent: number };
  /**
   * CPU ms per text from the INSERT's commit to the last text: the API process (every thread),
   * PostgreSQL, and the bench (the SMPP server's side of the session). Null where /proc is not.
   */
  apiCpu: { apiMs: number; postgresMs: number; serverMs: number } | null;
  /**
   * A plain smpp client, `inFlight` messages at once on one bound session (the median of three
   * rounds); its CPU ms per text is the bench's over the three rounds, less the server's share as
   * measured beside the API.
   */
  plain: { messagesPerSecond: number; seconds: number; inFlight: number; clientCpuMs: number | null };
  ratio: number | null;
  /**
   * The plain client made durable as the outbox is: each text claimed and recorded with the API's
   * own outbox statements (durableSmsDelivery). What durability alone costs here; absent before
   * round ten.
   */
  durable?: DurableSmsResult | null;
  window: { fromMs: number; toMs: number };
}

/**
 * An SMPP server (the smpp package's server side) that accepts any bind and every submit_sm, and
 * counts whole messages: a message is in when its last part is (or its only one).
 */
export class LocalSmpp {
  messages = 0;
  parts = 0;
  firstAt = 0;
  lastAt = 0;
  port = 0;
  private server!: smpp.Server;
  private nextId = 1;

  static async start(encoding: SmsEncoding): Promise<LocalSmpp> {
    const local = new LocalSmpp();
    local.server = smpp.createServer({}, (session) => {
      session.on('error', () => undefined);
      const bind = (pdu: smpp.PDU) => session.send(pdu.response({ system_id: 'bench-smsc' }));
      session.on('bind_transceiver', bind);
      session.on('bind_transmitter', bind);
      session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
      session.on('unbind', (pdu: smpp.PDU) => {
        session.send(pdu.response());
        session.close();
      });
      session.on('submit_sm', (pdu: smpp.PDU) => {
        session.send(pdu.response({ message_id: `bench-${local.nextId++}` }));
        local.parts++;
        const concat = encoding.concatOf((pdu.short_message as smpp.ShortMessage | undefined)?.udh);
        if (concat && concat.index < concat.total) return;
        local.lastAt = nowMs();
        if (local.messages++ === 0) local.firstAt = local.lastAt;
      });
    });
    await new Promise<void>((resolve) => local.server.listen(0, '127.0.0.1', resolve));
    local.port = (local.server.address() as { port: number }).port;
    return local;
  }

  /** SMS_URL for the API (any account is accepted). */
  get url(): string {
    return `smpp://bench:bench@127.0.0.1:${this.port}`;
  }

  reset(): void {
    this.messages = 0;
    this.parts = 0;
    this.firstAt = 0;
    this.lastAt = 0;
  }

  async waitFor(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages < count && Date.now() < deadline) await sleep(20);
    if (this.messages < count) throw new Error(`Only ${this.messages} of ${count} text messages arrived within ${timeoutMs} ms`);
  }

  close(): Promise<void> {
    for (const session of [...this.server.sessions]) session.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * Queues `count` confirmations on the SMS channel (to volunteers with a phone) and waits for the
 * running API (background jobs on, SMS_URL to `local`) to send them.
 */
export async function apiSmsDelivery(databaseUrl: string, local: LocalSmpp, count: number, apiPid: number | undefined): Promise<{ run: string; result: Omit<SmsDeliveryResult, 'plain' | 'ratio'> }> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'bench-delivery' });
  await db.connect();
  const run = `bench-sms-${Date.now().toString(36)}`;
  try {
    await sleep(1500);
    local.reset();
    const { rowCount } = await db.query(
      `INSERT INTO outbox (purpose, dedupe_key, channel, recipient, volunteer_id, sign_up_id, locale, payload)
       SELECT 'SIGN_UP_CONFIRMATION', 'SIGN_UP_CONFIRMATION:' || s.id || ':' || $2, 'SMS', v.phone, v.id, s.id, s.locale,
              jsonb_build_object('signUpId', s.id, 'status', s.status)
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
        WHERE d.status = 'PUBLISHED' AND s.status = 'REGISTERED' AND v.phone IS NOT NULL
        ORDER BY s.arrival DESC
        LIMIT $1`,
      [count, run],
    );
    const t0 = nowMs();
    // From the INSERT's commit: its own statement is the bench's work, not delivery's.
    const cpu = cpuSnapshot(apiPid);
    if (rowCount !== count) throw new Error(`Only ${rowCount} registered sign-ups with a phone to confirm by SMS; lower --messages`);
    log(`Delivery (SMS): ${count} confirmations queued on the SMS channel; waiting for the API to send them over SMPP`);
    await local.waitFor(count, Math.max(120000, count * 200));
    const used = cpuSince(cpu, apiPid);
    const apiCpu = apiPid && CPU_MEASURED ? { apiMs: round(used.apiMs / count, 3), postgresMs: round(used.postgresMs / count, 3), serverMs: round(used.benchMs / count, 3) } : null;
    let sent = 0;
    for (let i = 0; i < 50 && sent < count; i++) {
      sent = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE $1 AND state = 'SENT'`, [`%:${run}`])).rows[0].n;
      if (sent < count) await sleep(100);
    }
    const api = {
      messagesPerSecond: round((count - 1) / ((local.lastAt - local.firstAt) / 1000), 1),
      endToEndPerSecond: round(count / ((local.lastAt - t0) / 1000), 1),
      firstAfterMs: round(local.firstAt - t0, 0),
      sent,
    };
    log(`  API: ${api.messagesPerSecond} texts/s (first to last), ${local.parts} parts; ${sent} marked SENT${apiCpu ? `; CPU ms a text: API ${apiCpu.apiMs}, PostgreSQL ${apiCpu.postgresMs}, the SMPP server ${apiCpu.serverMs}` : ''}`);
    return { run, result: { messages: count, meanParts: round(local.parts / count, 2), api, apiCpu, window: { fromMs: t0, toMs: local.lastAt } } };
  } finally {
    await db.end();
  }
}

/** A bound transceiver session of a plain smpp client, and a way to send a text on it (its parts one after another, as SmsSender does): the ids the server gave its parts. */
async function plainSession(local: LocalSmpp, encoding: SmsEncoding): Promise<{ submit: (to: string, text: string) => Promise<string[]>; close: () => Promise<void> }> {
  const session = smpp.connect({ host: '127.0.0.1', port: local.port });
  await new Promise<void>((resolve, reject) => {
    session.on('error', reject);
    session.on('connect', () =>
      session.bind_transceiver({ system_id: 'bench', password: 'bench', interface_version: 0x34 }, (pdu) => (pdu.command_status === 0 ? resolve() : reject(new Error(`bind refused: ${pdu.command_status}`)))),
    );
  });
  let reference = 0;
  const submit = async (to: string, text: string) => {
    const sms = encoding.encodeSms(text, reference++ & 0xff);
    const ids: string[] = [];
    for (const part of sms.parts) {
      const resp = await new Promise<smpp.PDU>((resolve) =>
        session.submit_sm(
          {
            source_addr_ton: 5,
            source_addr_npi: 0,
            source_addr: 'LifeRelay',
            dest_addr_ton: 1,
            dest_addr_npi: 1,
            destination_addr: to.replace(/^\+/, ''),
            esm_class: sms.esmClass,
            data_coding: sms.dataCoding,
            registered_delivery: 1,
            short_message: part,
          },
          resolve,
        ),
      );
      if (resp.command_status !== 0) throw new Error(`submit_sm refused: ${resp.command_status}`);
      ids.push(String(resp.message_id));
    }
    return ids;
  };
  const close = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        session.destroy();
        resolve();
      }, 1000);
      session.unbind({}, () => {
        clearTimeout(timer);
        session.close();
        resolve();
      });
    });
  return { submit, close };
}

/** The same texts (as the outbox kept them, links masked to the same length) from a plain smpp client, `inFlight` at a time. */
export async function plainSmsDelivery(databaseUrl: string, local: LocalSmpp, encoding: SmsEncoding, measured: { run: string; result: Omit<SmsDeliveryResult, 'plain' | 'ratio'> }, inFlight: number): Promise<SmsDeliveryResult> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'bench-delivery' });
  await db.connect();
  let rows: { recipient: string; text: string }[];
  try {
    rows = (await db.query(`SELECT recipient, rendered->>'text' AS text FROM outbox WHERE dedupe_key LIKE $1 AND rendered IS NOT NULL`, [`%:${measured.run}`])).rows;
  } finally {
    await db.end();
  }
  if (!rows.length) throw new Error('No rendered text messages to send again');
  const { submit, close } = await plainSession(local, encoding);
  // One message first, as the API's session was bound and warm.
  await submit(rows[0].recipient, rows[0].text);
  // The plain client sends them all in well under a second: a moment's stall of the machine
  // would decide the figure, so it sends them three times and the median counts.
  const times: number[] = [];
  const cpu = cpuSnapshot(undefined);
  for (let round = 0; round < 3; round++) {
    local.reset();
    const t = nowMs();
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++];
        await submit(row.recipient, row.text);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    await local.waitFor(rows.length, 120000);
    times.push((local.lastAt - t) / 1000);
  }
  const seconds = times.sort((a, b) => a - b)[1];
  const benchMs = cpuSince(cpu, undefined).benchMs / (3 * rows.length);
  const serverMs = measured.result.apiCpu?.serverMs;
  await close();
  const plain = { messagesPerSecond: round(rows.length / seconds, 1), seconds: round(seconds, 2), inFlight, clientCpuMs: serverMs === undefined ? null : round(Math.max(0, benchMs - serverMs), 3) };
  log(`  plain smpp client, ${inFlight} in flight: ${plain.messagesPerSecond} texts/s${plain.clientCpuMs === null ? '' : `; CPU ms a text: ${plain.clientCpuMs} (the bench's ${round(benchMs, 3)}, less the server's)`}`);
  return { ...measured.result, plain, ratio: ratioOf(measured.result.api.messagesPerSecond, plain.messagesPerSecond) };
}

export interface DurableSmsResult {
  messagesPerSecond: number;
  seconds: number;
  /** CPU ms per text of PostgreSQL (claiming and recording) and of the bench (the client and the SMPP server). Null where /proc is not. */
  postgresMs: number | null;
  benchMs: number | null;
  /** This client / the plain one: the most any outbox with these statements can reach of the target's baseline here. */
  ratioToPlain: number | null;
  /** The API's outbox / this client: what rendering, minting links and the API's own work cost beyond durability. */
  outboxRatio: number | null;
}

/**
 * The plain client made as durable as the outbox: the same texts (as the outbox kept them), on
 * fresh rows queued like the API's, claimed BATCH_SIZE at a time with the API's own claim
 * statement (the next batch claimed once half the one before is under way, as OutboxDelivery
 * does), sent `inFlight` at a time, and recorded SENT with their parts' ids and what they said,
 * OUTCOMES_AT_ONCE at a time on one connection committing without waiting for the disk, with the
 * API's own record statement. No rendering, no links minted, no facts read: the rest of the gap
 * between the outbox and this client is the API's; the gap between this client and the plain
 * one is what claiming and recording a text cost on this machine, whoever does it.
 */
export async function durableSmsDelivery(databaseUrl: string, local: LocalSmpp, encoding: SmsEncoding, outbox: OutboxStatements, measured: { run: string; result: SmsDeliveryResult }): Promise<DurableSmsResult> {
  const claims = new Client({ connectionString: databaseUrl, application_name: 'bench-durable-sms' });
  const outcomes = new Client({ connectionString: databaseUrl, application_name: 'bench-durable-sms' });
  await Promise.all([claims.connect(), outcomes.connect()]);
  const asManager = (client: Client): Queryable => ({ query: async (sql, params) => (await client.query(sql, params)).rows });
  try {
    // Fresh rows, as the API's were: a copy of each of its texts' rows, with what it said.
    const run = `${measured.run}:durable`;
    const rows: { id: string; recipient: string; text: string; rendered: object }[] = (
      await claims.query(
        `WITH sent AS (SELECT * FROM outbox WHERE dedupe_key LIKE $1 AND rendered IS NOT NULL),
              queued AS (INSERT INTO outbox (purpose, dedupe_key, channel, recipient, volunteer_id, sign_up_id, locale, payload)
                         SELECT purpose, dedupe_key || ':durable', channel, recipient, volunteer_id, sign_up_id, locale, payload FROM sent
                         RETURNING id, dedupe_key)
         SELECT queued.id, sent.recipient, sent.rendered->>'text' AS text, sent.rendered FROM queued JOIN sent ON queued.dedupe_key = sent.dedupe_key || ':durable'`,
        [`%:${measured.run}`],
      )
    ).rows;
    if (!rows.length) throw new Error('No rendered text messages to send again');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const { submit, close } = await plainSession(local, encoding);
    // One text first, as the API's session was bound and warm.
    await submit(rows[0].recipient, rows[0].text);
    await outcomes.query(`SET synchronous_commit = off`);

    let pending: Parameters<OutboxStatements['recordOutcomes']>[1] = [];
    let written: Promise<void> = Promise.resolve();
    const flush = () => {
      if (!pending.length) return;
      const batch = pending;
      pending = [];
      written = written.then(() => outbox.recordOutcomes(asManager(outcomes), batch));
    };
    const queue: ClaimedRow[] = [];
    let claiming: Promise<void> | null = null;
    let exhausted = false;
    const claimMore = () =>
      (claiming ??= outbox.claimDue(asManager(claims), outbox.BATCH_SIZE, outbox.LEASE_SECONDS).then((claimed) => {
        if (!claimed.length) exhausted = true;
        // In the order they were due, as OutboxDelivery sends them.
        queue.push(...claimed.sort((a, b) => a.send_after.getTime() - b.send_after.getTime() || a.created_at.getTime() - b.created_at.getTime()));
        claiming = null;
      }));

    local.reset();
    const cpu = cpuSnapshot(undefined);
    const worker = async () => {
      for (;;) {
        if (queue.length <= outbox.BATCH_SIZE / 2 && !exhausted) {
          const more = claimMore();
          if (!queue.length) await more;
        }
        const row = queue.shift();
        if (!row) {
          if (exhausted) return;
          continue;
        }
        const message = byId.get(row.id);
        // A message the API queued itself before it stopped (a reminder due): not the bench's to send; its lease runs out.
        if (!message) continue;
        const ids = await submit(row.recipient, message.text);
        pending.push({ id: row.id, outcome: { state: 'SENT', sentAt: new Date(), smscMessageIds: ids }, rendered: message.rendered });
        if (pending.length >= outbox.OUTCOMES_AT_ONCE) flush();
      }
    };
    await Promise.all(Array.from({ length: measured.result.plain.inFlight }, worker));
    flush();
    await written;
    await local.waitFor(rows.length, 120000);
    const used = cpuSince(cpu, undefined);
    await close();
    const sent = (await claims.query(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE $1 AND state = 'SENT'`, [`%:${run}`])).rows[0].n;
    if (sent !== rows.length) throw new Error(`The durable client recorded ${sent} of ${rows.length} texts SENT`);
    // First to last text, as the outbox's headline.
    const seconds = (local.lastAt - local.firstAt) / 1000;
    const messagesPerSecond = round((rows.length - 1) / seconds, 1);
    const result: DurableSmsResult = {
      messagesPerSecond,
      seconds: round(seconds, 2),
      postgresMs: CPU_MEASURED ? round(used.postgresMs / rows.length, 3) : null,
      benchMs: CPU_MEASURED ? round(used.benchMs / rows.length, 3) : null,
      ratioToPlain: ratioOf(messagesPerSecond, measured.result.plain.messagesPerSecond),
      outboxRatio: ratioOf(measured.result.api.messagesPerSecond, messagesPerSecond),
    };
    log(`  plain smpp client claiming and recording each text with the outbox's statements: ${messagesPerSecond} texts/s (${result.ratioToPlain} of the plain client's; the outbox ${result.outboxRatio} of it)${result.postgresMs === null ? '' : `; CPU ms a text: PostgreSQL ${result.postgresMs}, the bench ${result.benchMs}`}`);
    return result;
  } finally {
    await Promise.all([claims.end(), outcomes.end()]);
  }
}
