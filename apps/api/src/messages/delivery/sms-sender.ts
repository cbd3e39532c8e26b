// Sends text messages over SMPP 3.4 (the smpp package): to the gateway of SMS_URL, or to the
// built-in SMS catcher. One session per process, bound as a transceiver so the gateway's delivery
// receipts and the volunteers' replies come back on it; kept open with enquire_link and bound
// again after a drop. A refused bind or a submit_sm_resp with an error status is a temporary
// failure: the outbox retries it with its backoff and then gives up as FAILED.
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import * as smpp from 'smpp';
import { APP_CONFIG, AppConfig, SmppAccount } from '../../config/app-config';
import { SendFailure } from './mail-sender';
import { encodeSms } from './sms-encoding';
import { SmsCatcher } from './sms-catcher';
import { answerHousekeeping, smppStatus } from './smpp-session';

/**
 * Text messages in flight at once on the session (the SMPP window: submit_sm sent before the
 * earlier ones are answered). Gateways commonly allow 10; with 4, as e-mail's SMTP pool, the
 * session waited for a round trip after every few texts.
 */
export const SMS_WINDOW = 10;

/** How long a bind or a submit_sm may wait for its answer. */
const RESPONSE_MS = 15_000;
const ENQUIRE_LINK_MS = 30_000;
/** Waits before binding again after a drop: 1 s, doubling up to a minute. */
const REBIND_MAX_MS = 60_000;

/** A deliver_sm from the gateway: a delivery receipt or a reply. Resolves once it is recorded. */
export type InboundHandler = (pdu: smpp.PDU) => Promise<void>;

@Injectable()
export class SmsSender implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SmsSender.name);
  private account: SmppAccount;
  private session: smpp.Session | null = null;
  private bound: Promise<smpp.Session> | null = null;
  private readonly inFlight = new Set<(error: Error) => void>();
  private handler: InboundHandler | null = null;
  private reference = Math.floor(Math.random() * 256);
  private rebindTimer: NodeJS.Timeout | null = null;
  private rebindMs = 1000;
  private stopping = false;
  private corked = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catcher: SmsCatcher,
  ) {}

  async onModuleInit() {
    this.account = this.config.sms ?? (await this.catcher.start());
  }

  /** Who records receipts and replies (the inbox); deliver_sm is answered once it has. */
  onInbound(handler: InboundHandler) {
    this.handler = handler;
  }

  /**
   * Sends one text, in as many parts as it needs, asking for delivery receipts; returns the
   * gateway's message id of each part.
   */
  async send(to: string, text: string): Promise<string[]> {
    const session = await this.bind();
    const sms = encodeSms(text, this.reference++ & 0xff);
    // The sender id's type of number: alphanumeric (5), international with its + (1), or a short
    // code or national number, left to the gateway (0).
    const from = this.config.smsFrom;
    const fromTon = /[^\d+]/.test(from) ? 5 : from.startsWith('+') ? 1 : 0;
    const ids: string[] = [];
    for (const [i, part] of sms.parts.entries()) {
      this.coalesceWrites(session);
      const resp = await this.request(session, (done) =>
        session.submit_sm(
          {
            source_addr_ton: fromTon,
            source_addr_npi: fromTon === 5 ? 0 : 1,
            source_addr: from.replace(/^\+/, ''),
            dest_addr_ton: 1, // international: the number is E.164 without its +
            dest_addr_npi: 1,
            destination_addr: to.replace(/^\+/, ''),
            esm_class: sms.esmClass,
            data_coding: sms.dataCoding,
            registered_delivery: 1, // a receipt for the final outcome, delivered or not
            short_message: part,
          },
          done,
        ),
      );
      if (resp.command_status !== 0) {
        const which = sms.parts.length > 1 ? ` part ${i + 1} of ${sms.parts.length}` : '';
        throw new SendFailure(`SMSC refused the message${which}: ${smppStatus(resp.command_status)}`, true);
      }
      ids.push(String(resp.message_id ?? ''));
    }
    return ids;
  }

  /**
   * Holds the session's writes until the current turn of the event loop is done, so that the
   * texts several answers set going at once leave in one write: each part was a write of its own.
   */
  private coalesceWrites(session: smpp.Session) {
    if (this.corked) return;
    this.corked = true;
    session.socket.cork();
    process.nextTick(() => {
      this.corked = false;
      session.socket.uncork();
    });
  }

  /** The bound session, binding first if there is none. */
  private bind(): Promise<smpp.Session> {
    this.bound ??= this.open().catch((error: unknown) => {
      this.bound = null;
      throw error instanceof SendFailure ? error : new SendFailure(`SMPP gateway unreachable: ${(error as Error).message}`, true);
    });
    return this.bound;
  }

  private open(): Promise<smpp.Session> {
    if (this.stopping) return Promise.reject(new SendFailure('SMS sending is shutting down', true));
    const { host, port, systemId, password } = this.account;
    return new Promise<smpp.Session>((resolve, reject) => {
      const session = smpp.connect({ host, port, auto_enquire_link_period: ENQUIRE_LINK_MS });
      this.session = session;
      let ready = false;
      session.on('error', (error: Error) => {
        if (!ready) reject(error);
        this.logger.warn(`SMPP session error: ${error.message}`);
      });
      session.on('close', () => this.dropped(session, ready));
      answerHousekeeping(session);
      session.on('deliver_sm', (pdu: smpp.PDU) => void this.inbound(session, pdu));
      session.on('connect', () => {
        this.request(session, (done) => session.bind_transceiver({ system_id: systemId, password, interface_version: 0x34 }, done)).then(
          (resp) => {
            if (resp.command_status !== 0) {
              session.destroy();
              return reject(new SendFailure(`SMPP bind refused: ${smppStatus(resp.command_status)}`, true));
            }
            ready = true;
            this.rebindMs = 1000;
            resolve(session);
          },
          (error: Error) => {
            session.destroy();
            reject(error);
          },
        );
      });
    });
  }

  /** Sends a request and waits for its response, failing when the session drops or time runs out. */
  private request(session: smpp.Session, send: (done: (pdu: smpp.PDU) => void) => boolean): Promise<smpp.PDU> {
    return new Promise<smpp.PDU>((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.inFlight.delete(fail);
        reject(new SendFailure(error.message, true));
      };
      const timer = setTimeout(() => fail(new Error('SMPP gateway did not answer in time')), RESPONSE_MS);
      this.inFlight.add(fail);
      const sent = send((pdu) => {
        clearTimeout(timer);
        this.inFlight.delete(fail);
        resolve(pdu);
      });
      if (!sent) fail(new Error('SMPP session is not open'));
    });
  }

  /** A session ended: what waited on it fails (and is retried), and a bound one is bound again. */
  private dropped(session: smpp.Session, wasBound: boolean) {
    if (this.session !== session) return;
    this.session = null;
    this.bound = null;
    for (const fail of [...this.inFlight]) fail(new Error('SMPP session closed'));
    if (wasBound) {
      this.logger.warn(`SMPP session dropped; binding again in ${this.rebindMs / 1000} s`);
      this.rebindLater();
    }
  }

  /** Binds again after a wait, and keeps trying, so that replies and receipts do not wait at the gateway. */
  private rebindLater() {
    if (this.stopping || this.rebindTimer) return;
    this.rebindTimer = setTimeout(() => {
      this.rebindTimer = null;
      this.bind().then(
        () => undefined,
        (error: Error) => {
          this.logger.warn(`SMPP bind failed: ${error.message}`);
          this.rebindMs = Math.min(REBIND_MAX_MS, this.rebindMs * 2);
          this.rebindLater();
        },
      );
    }, this.rebindMs);
  }

  /** A receipt or a reply: answered once recorded; a failure to record asks the gateway to try again. */
  private async inbound(session: smpp.Session, pdu: smpp.PDU) {
    try {
      await this.handler?.(pdu);
      session.send(pdu.response());
    } catch (error) {
      this.logger.warn(`Could not record an incoming SMS: ${(error as Error).message}`);
      session.send(pdu.response({ command_status: smpp.errors.ESME_RX_T_APPN }));
    }
  }

  /**
   * Unbinds once the stopping process's last delivery round is over (messages.scheduler.ts waits
   * for it before this hook): unbound under it, the texts in flight lost their answers and went again.
   */
  async onApplicationShutdown() {
    this.stopping = true;
    if (this.rebindTimer) clearTimeout(this.rebindTimer);
    const session = this.session;
    if (!session || !session.socket.writable) return;
    // Unbind politely; whatever the gateway does, the session is gone within a second.
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        session.destroy();
        done();
      }, 1000);
      session.socket.once('close', done);
      if (!session.unbind({}, () => session.close())) session.destroy();
    });
  }
}
