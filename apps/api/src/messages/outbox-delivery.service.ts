// Delivers the outbox: claims due rows with FOR UPDATE SKIP LOCKED (so any number of API
// processes share the work without sending a row twice), renders, sends over SMTP, and records
// SENT, SKIPPED, a retry with backoff, or FAILED.
//
// Exactly once, as far as SMTP allows: a claim is a lease (claimed_until) committed before
// sending. A process that dies before sending leaves the lease to expire, and the row is sent by
// another. The one remaining window is a crash after the SMTP server accepted the message but
// before SENT was written: the row is sent again after the lease, with the same Message-ID
// (<outbox id@life-relay>), which lets receiving systems drop the copy. (It is rendered anew
// then; a link minted for it may differ from the first copy's, and both work.)
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returningRows } from '../common/sql';
import { MailSender, SendFailure, SMTP_POOL_CONNECTIONS } from './mail-sender';
import { MessageRenderer, OutboxRow, RenderedMessage } from './message-renderer.service';

export const MAX_ATTEMPTS = 5;
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

type ClaimedRow = OutboxRow & { attempts: number; rendered: RenderedMessage | null; send_after: Date; created_at: Date };

/** Records how a claimed message ended and frees its lease. */
interface OutcomeWriter {
  /** `set` uses $2… for `params`; a message rendered for this attempt is kept with the outcome. */
  finish(id: string, set: string, params: unknown[], rendered: RenderedMessage | null): Promise<unknown>;
  release(): Promise<void>;
}

@Injectable()
export class OutboxDelivery {
  private readonly logger = new Logger(OutboxDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: MessageRenderer,
    private readonly sender: MailSender,
  ) {}

  /**
   * Claims and delivers up to `limit` due messages, as many at once as the SMTP pool has
   * connections: one at a time, the pool's other connections would sit idle while a message
   * renders and its state is written. Each row keeps its own lease, retry and final state; one
   * recipient's messages still go one after another.
   */
  async deliverDue(limit = BATCH_SIZE): Promise<DeliveryReport> {
    const claimed = await returningRows<ClaimedRow>(
      this.dataSource.manager,
      `UPDATE outbox SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1, updated_at = now()
        WHERE id IN (SELECT id FROM outbox
                      WHERE state = 'QUEUED' AND send_after <= now() AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY send_after, created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, purpose, recipient, locale, sign_up_id, volunteer_id, payload, attempts, rendered, send_after, created_at`,
      [limit, LEASE_SECONDS],
    );
    // RETURNING keeps no order: one recipient's messages go in the order they were due.
    claimed.sort((a, b) => a.send_after.getTime() - b.send_after.getTime() || a.created_at.getTime() - b.created_at.getTime());
    const report: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    if (claimed.length === 0) return report;
    const byRecipient = new Map<string, ClaimedRow[]>();
    for (const row of claimed) byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
    const queues = [...byRecipient.values()];
    const outcomes = await this.outcomeWriter();
    try {
      const worker = async () => {
        for (let rows = queues.shift(); rows; rows = queues.shift()) for (const row of rows) report[await this.deliver(row, outcomes)]++;
      };
      await Promise.all(Array.from({ length: Math.min(SMTP_POOL_CONNECTIONS, queues.length) }, worker));
    } finally {
      await outcomes.release();
    }
    return report;
  }

  /**
   * One connection for the batch's outcomes (SENT, a retry, FAILED), committed without waiting
   * for the disk: they are written after the message left, so waiting would only hold up the
   * next one. Only a crash of PostgreSQL itself within a fraction of a second can lose one, and
   * then the message is sent again after its lease, with the same Message-ID, as after any crash
   * between sending and recording. The rendered message and its links are committed durably
   * before sending.
   */
  private async outcomeWriter(): Promise<OutcomeWriter> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.query(`SET synchronous_commit = off`);
    return {
      finish: (id, set, params, rendered) => {
        const keep = rendered ? `, subject = $${params.length + 2}, rendered = $${params.length + 3}` : '';
        const values = rendered ? [id, ...params, rendered.subject, JSON.stringify(rendered)] : [id, ...params];
        return runner.query(`UPDATE outbox SET ${set}, claimed_until = NULL, updated_at = now()${keep} WHERE id = $1`, values);
      },
      release: async () => {
        try {
          await runner.query(`RESET synchronous_commit`);
        } finally {
          await runner.release();
        }
      },
    };
  }

  /**
   * Delivers batches until nothing is due: a call-out to ten thousand donors goes out in one
   * round, not a thousand per poll. Bounded in time, so that a round always ends (the rest is
   * taken up by the next poll).
   */
  async deliverAllDue(maxMs = 60_000): Promise<DeliveryReport> {
    const total: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    const until = Date.now() + maxMs;
    let delivered: number;
    do {
      const report = await this.deliverDue();
      for (const key of Object.keys(total) as (keyof DeliveryReport)[]) total[key] += report[key];
      delivered = report.sent + report.skipped + report.retried + report.failed;
    } while (delivered > 0 && Date.now() < until);
    return total;
  }

  /**
   * Renders (outside a transaction: the links it mints are committed before the message leaves),
   * sends, and records the outcome with the rendered message in one statement, so that a retry
   * sends the very same message. Two statements per message: with thousands queued, every round
   * trip counts.
   */
  private async deliver(row: ClaimedRow, outcomes: OutcomeWriter): Promise<keyof DeliveryReport> {
    let message = row.rendered;
    const fresh = !message;
    const finish = (set: string, params: unknown[]) => outcomes.finish(row.id, set, params, fresh ? message : null);
    try {
      message ??= await this.renderer.render(this.dataSource.manager, row);
      if (!message) {
        await finish(`state = 'SKIPPED'`, []);
        return 'skipped';
      }
      await this.sender.send(row.id, row.recipient, message);
      await finish(`state = 'SENT', sent_at = now(), last_error = NULL`, []);
      return 'sent';
    } catch (error) {
      const reason = (error as { message?: string } | null)?.message ?? String(error);
      const temporary = error instanceof SendFailure && error.temporary;
      if (temporary && row.attempts < MAX_ATTEMPTS) {
        await finish(`last_error = $2, send_after = now() + make_interval(secs => $3)`, [reason, backoffSeconds(row.attempts)]);
        return 'retried';
      }
      this.logger.warn(`Message ${row.id} (${row.purpose}) failed after ${row.attempts} attempt(s): ${reason}`);
      await finish(`state = 'FAILED', last_error = $2`, [reason]);
      return 'failed';
    }
  }
}
