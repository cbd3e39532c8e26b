// Delivers the outbox: claims due rows through the outbox repository, skipping rows another
// process holds (so any number of API processes share the work without sending a row twice),
// renders, sends by the row's channel (e-mail over SMTP, text messages over SMPP), and records
// SENT, SKIPPED, a retry with backoff, or FAILED.
//
// Exactly once, as far as SMTP allows: a claim is a lease (claimed_until) committed before
// sending. A process that dies before sending leaves the lease to expire, and the row is sent by
// another. The one remaining window is a crash after the SMTP server accepted the message but
// before SENT was written: the row is sent again after the lease, with the same Message-ID
// (<outbox id@life-relay>), which lets receiving systems drop the copy. (It is rendered anew
// then; a link minted for it may differ from the first copy's, and both work.) SMPP has no
// Message-ID: a text sent again in that window arrives twice.
//
// No secret is stored with a message (house rule 17): its row keeps ids, the links that are
// keys (manage, set-password, unsubscribe, short links) are minted as it is rendered, and the row
// keeps what it said with every one of them masked. So every attempt renders the message again
// from the same template and facts, with fresh links; a retry follows a refusal or a crash, at
// most MAX_ATTEMPTS times, and the links of an earlier attempt stay valid as any other link of
// the same kind (a set-password link is used up with the first one used).
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setImmediate as nextTurn } from 'timers/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { MessageChannel } from '@life-relay/domain';
import { ClaimedMessage, DeliveryOutcome, Outbox, RecordedOutcome } from '../../outbox/outbox.repository';
import { BuiltMail, MailSender, SendFailure, SMTP_POOL_CONNECTIONS } from './mail-sender';
import { BatchFacts, MessageRenderer, RenderedMessage, RenderedSms } from '../rendering/message-renderer.service';
import { SMS_WINDOW, SmsSender } from './sms-sender';
import { SendLanes } from './send-lanes';

export const MAX_ATTEMPTS = 5;


/** A text message rendered for its batch: what to send and keep, null to skip, or why it could not be rendered. */
type SmsText = { text: string; kept: RenderedSms } | null | Error;

/** An e-mail rendered and built: what to send and what its row keeps; null to skip. */
type Mail = { built: BuiltMail; kept: RenderedMessage } | null;

/** Claimed rows with what their batch read and rendered, ready to send. */
interface ClaimedBatch {
  claimed: ClaimedMessage[];
  texts: Map<string, SmsText>;
  /** Each e-mail as it is rendered and built, while the lanes send what is ready. */
  mails: Map<string, Promise<Mail>>;
}
export const LEASE_SECONDS = 120;
/** Messages claimed at once: enough that claiming is rare, few enough to send well within the lease. */
export const BATCH_SIZE = 200;

/** Seconds to wait before attempt n+1: 30 s, 2 min, 8 min, 32 min. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 4 ** (attempts - 1));
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

/** Outcomes written in one statement: a round trip per message was a sixth of delivery's CPU. */
export const OUTCOMES_AT_ONCE = 25;
/** …or fewer, once the oldest of them has waited this long and another message ends. */
const OUTCOME_WAIT_MS = 250;

/**
 * Records how claimed messages ended and frees their leases, several in one statement, on one
 * connection committed without waiting for the disk: they are written after the messages left,
 * so waiting would only hold up the next ones. A crash before an outcome is written (of this
 * process, or of PostgreSQL within a fraction of a second) sends those few messages again after
 * their lease, with the same Message-ID, as after any crash between sending and recording. The
 * links a message carries are committed durably before sending.
 */
class OutcomeWriter {
  private pending: RecordedOutcome[] = [];
  private oldestAt = 0;
  private written: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly runner: QueryRunner,
    private readonly outbox: Outbox,
  ) {}

  static async open(dataSource: DataSource, outbox: Outbox): Promise<OutcomeWriter> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.query(`SET synchronous_commit = off`);
    return new OutcomeWriter(runner, outbox);
  }

  /** What a message rendered for this attempt said (its keys masked) is kept with its outcome. */
  record(id: string, outcome: DeliveryOutcome, rendered: RenderedMessage | RenderedSms | null) {
    if (this.pending.length === 0) this.oldestAt = Date.now();
    this.pending.push({ id, outcome, rendered });
    if (this.pending.length >= OUTCOMES_AT_ONCE || Date.now() - this.oldestAt >= OUTCOME_WAIT_MS) this.flush();
  }

  /** Writes what is still pending, then frees the connection; throws if any outcome was not written. */
  async close(): Promise<void> {
    this.flush();
    try {
      await this.written;
      await this.runner.query(`RESET synchronous_commit`);
    } finally {
      await this.runner.release();
    }
    if (this.failure) throw this.failure;
  }

  private flush() {
    if (this.pending.length === 0) return;
    const outcomes = this.pending;
    this.pending = [];
    // One at a time on the one connection; a failure is kept for close (its rows keep their lease).
    this.written = this.written
      .then(() => this.outbox.recordOutcomes(this.runner.manager, outcomes))
      .then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= error;
        },
      );
  }
}

@Injectable()
export class OutboxDelivery {
  private readonly logger = new Logger(OutboxDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: MessageRenderer,
    private readonly sender: MailSender,
    private readonly sms: SmsSender,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Claims and delivers up to `limit` due messages, as many at once as their channel allows (the
   * SMTP pool's connections, the SMPP window): one at a time, the others would sit idle while a
   * message renders and its state is written. Each row keeps its own lease, retry and final
   * state; one recipient's messages still go one after another.
   */
  async deliverDue(limit = BATCH_SIZE): Promise<DeliveryReport> {
    let claimed = false;
    return this.deliverClaimed(() => (claimed ? Promise.resolve(null) : ((claimed = true), this.claimRows(limit))));
  }

  /**
   * Delivers batches until nothing is due: a call-out to ten thousand donors goes out in one
   * round, not a thousand per poll. Bounded in time, so that a round always ends (the rest is
   * taken up by the next poll), and ended sooner when `stop` says so (the process is stopping):
   * what was claimed is still sent.
   */
  async deliverAllDue(maxMs = 60_000, stop: () => boolean = () => false): Promise<DeliveryReport> {
    const until = Date.now() + maxMs;
    let batches = 0;
    // The first batch whatever the time: a round always sends something if anything is due.
    return this.deliverClaimed(() => (!stop() && (batches++ === 0 || Date.now() < until) ? this.claimRows(BATCH_SIZE) : Promise.resolve(null)));
  }

  /**
   * Sends the batches `claimNext` claims until it has none, three steps overlapping: while a
   * batch goes out, the next is read and its texts rendered, and the one after it claimed. Claims
   * go one after another, so rows come in the order they were due. A batch joins the one before
   * on the lanes (send-lanes.ts): the SMPP window and the SMTP pool stay full from one batch to
   * the next, and one recipient's messages keep their order across batches. A batch is claimed
   * only once half the one before has started, so a slow channel holds back the claiming, and
   * what is claimed goes well within its lease.
   */
  private async deliverClaimed(claimNext: () => Promise<ClaimedMessage[] | null>): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    const outcomes = await OutcomeWriter.open(this.dataSource, this.outbox);
    const send = async ({ row, claimed }: { row: ClaimedMessage; claimed: ClaimedBatch }) => {
      report[await this.deliver(row, claimed, outcomes)]++;
    };
    const mail = new SendLanes(SMTP_POOL_CONNECTIONS, send);
    const texts = new SendLanes(SMS_WINDOW, send);
    let claiming = claimNext();
    let failure: unknown = null;
    try {
      for (let rows = await claiming; rows; rows = await claiming) {
        const preparing = this.prepareBatch(rows);
        await Promise.all([mail.atMost(BATCH_SIZE / 2), texts.atMost(BATCH_SIZE / 2)]);
        claiming = claimNext();
        // Rows claimed when this round fails keep their lease and go after it, as after a crash.
        claiming.catch(() => undefined);
        const claimed = await preparing;
        // A recipient is an address or a number: each lane is of one channel.
        for (const row of claimed.claimed) (row.channel === MessageChannel.SMS ? texts : mail).add(row.recipient, { row, claimed });
      }
    } catch (error) {
      failure = error;
    }
    // What was claimed is sent even when claiming more failed; its outcomes are written last,
    // once both channels are done (a failure of one does not cut the other short).
    const closed = await Promise.allSettled([mail.close(), texts.close()]);
    await outcomes.close();
    const lanesFailure = closed.find((lanes): lanes is PromiseRejectedResult => lanes.status === 'rejected');
    if (failure || lanesFailure) throw failure ?? lanesFailure?.reason;
    return report;
  }

  /** Claims due rows (null when none), in the order they were due. */
  private async claimRows(limit: number): Promise<ClaimedMessage[] | null> {
    const claimed = await this.outbox.claimDue(this.dataSource.manager, limit, LEASE_SECONDS);
    if (claimed.length === 0) return null;
    // RETURNING keeps no order: one recipient's messages go in the order they were due.
    return claimed.sort((a, b) => a.send_after.getTime() - b.send_after.getTime() || a.created_at.getTime() - b.created_at.getTime());
  }

  /** Reads, mints and renders what claimed rows' messages need. */
  private async prepareBatch(claimed: ClaimedMessage[]): Promise<ClaimedBatch> {
    const batch = await this.renderer.prepare(this.dataSource.manager, claimed);
    // Text messages are rendered before any leaves, their short links minted in one statement
    // (committed before sending, as the links of an e-mail are).
    const sms = claimed.filter((row) => row.channel === MessageChannel.SMS);
    const texts = sms.length ? await this.renderer.renderSmsMany(this.dataSource.manager, sms, batch) : new Map<string, SmsText>();
    const mails = this.prepareMails(
      claimed.filter((row) => row.channel !== MessageChannel.SMS),
      batch,
    );
    return { claimed, texts, mails };
  }

  /**
   * A batch's e-mails, rendered one after another (outside a transaction: the links each mints
   * are committed before it leaves; its sign-up as read for the whole batch) and each built by
   * the mail worker as soon as it is rendered. Rendered and built in a lane, one at a time with
   * its sending, a message kept its SMTP connection waiting for the worker; this way the lanes
   * send what is ready while the rest is made, as the texts are rendered ahead.
   */
  private prepareMails(rows: ClaimedMessage[], batch: BatchFacts): Map<string, Promise<Mail>> {
    const mails = new Map<string, Promise<Mail>>();
    let rendering: Promise<unknown> = Promise.resolve();
    for (const row of rows) {
      // A turn of the event loop between two: the lanes' SMTP replies are not kept waiting for a whole batch's rendering.
      const rendered = rendering.then(nextTurn).then(() => this.renderer.render(this.dataSource.manager, row, batch));
      rendering = rendered.catch(() => undefined);
      const mail = rendered.then(async (r): Promise<Mail> => (r ? { built: await this.sender.build(row.id, row.recipient, r.message), kept: r.kept } : null));
      // Its lane awaits it and records a failure; until then it is not an unhandled one.
      mail.catch(() => undefined);
      mails.set(row.id, mail);
    }
    return mails;
  }

  /** Sends an e-mail rendered and built for its batch (prepareMails), and records the outcome with what it said, its keys masked (see the top comment). */
  private async deliver(row: ClaimedMessage, { texts, mails }: ClaimedBatch, outcomes: OutcomeWriter): Promise<keyof DeliveryReport> {
    if (row.channel === MessageChannel.SMS) return this.deliverSms(row, texts.get(row.id), outcomes);
    let kept: RenderedMessage | null = null;
    const finish = (outcome: DeliveryOutcome) => outcomes.record(row.id, outcome, kept);
    try {
      const preparing = mails.get(row.id);
      if (!preparing) throw new Error(`Message ${row.id} was not prepared with its batch`);
      const mail = await preparing;
      if (!mail) {
        finish({ state: 'SKIPPED' });
        return 'skipped';
      }
      kept = mail.kept;
      await this.sender.send(row.id, mail.built);
      finish({ state: 'SENT', sentAt: new Date() });
      return 'sent';
    } catch (error) {
      return this.failed(row, error, finish);
    }
  }

  /** A text message, rendered for this attempt with its batch (see the top comment), sent over SMPP. */
  private async deliverSms(row: ClaimedMessage, message: SmsText | undefined, outcomes: OutcomeWriter): Promise<keyof DeliveryReport> {
    let kept: RenderedSms | null = null;
    const finish = (outcome: DeliveryOutcome) => outcomes.record(row.id, outcome, kept);
    try {
      if (message instanceof Error) throw message;
      if (!message) {
        finish({ state: 'SKIPPED' });
        return 'skipped';
      }
      kept = message.kept;
      const ids = await this.sms.send(row.recipient, message.text);
      finish({ state: 'SENT', sentAt: new Date(), smscMessageIds: ids });
      return 'sent';
    } catch (error) {
      return this.failed(row, error, finish);
    }
  }

  /** A temporary failure is tried again after the backoff, until the last attempt; others fail now. */
  private failed(row: ClaimedMessage, error: unknown, finish: (outcome: DeliveryOutcome) => void): keyof DeliveryReport {
    const reason = (error as { message?: string } | null)?.message ?? String(error);
    const temporary = error instanceof SendFailure && error.temporary;
    if (temporary && row.attempts < MAX_ATTEMPTS) {
      finish({ state: 'QUEUED', error: reason, retrySeconds: backoffSeconds(row.attempts) });
      return 'retried';
    }
    this.logger.warn(`Message ${row.id} (${row.purpose}) failed after ${row.attempts} attempt(s): ${reason}`);
    finish({ state: 'FAILED', error: reason });
    return 'failed';
  }
}
