// Delivers the outbox: claims due rows with FOR UPDATE SKIP LOCKED (so any number of API
// processes share the work without sending a row twice), renders, sends over SMTP, and records
// SENT, SKIPPED, a retry with backoff, or FAILED.
//
// Exactly once, as far as SMTP allows: a claim is a lease (claimed_until) committed before
// sending. A process that dies before sending leaves the lease to expire, and the row is sent by
// another. The one remaining window is a crash after the SMTP server accepted the message but
// before SENT was written: the row is sent again after the lease, with the same Message-ID
// (<outbox id@life-relay>), which lets receiving systems drop the copy.
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returningRows } from '../common/sql';
import { MailSender, SendFailure, SMTP_POOL_CONNECTIONS } from './mail-sender';
import { MessageRenderer, OutboxRow, RenderedMessage } from './message-renderer.service';

export const MAX_ATTEMPTS = 5;
export const LEASE_SECONDS = 120;

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

type ClaimedRow = OutboxRow & { attempts: number; rendered: RenderedMessage | null };

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
  async deliverDue(limit = 50): Promise<DeliveryReport> {
    const claimed = await returningRows<ClaimedRow>(
      this.dataSource.manager,
      `UPDATE outbox SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1, updated_at = now()
        WHERE id IN (SELECT id FROM outbox
                      WHERE state = 'QUEUED' AND send_after <= now() AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY send_after, created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, purpose, recipient, locale, sign_up_id, volunteer_id, payload, attempts, rendered`,
      [limit, LEASE_SECONDS],
    );
    const report: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    const byRecipient = new Map<string, ClaimedRow[]>();
    for (const row of claimed) byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
    const queues = [...byRecipient.values()];
    const worker = async () => {
      for (let rows = queues.shift(); rows; rows = queues.shift()) for (const row of rows) report[await this.deliver(row)]++;
    };
    await Promise.all(Array.from({ length: Math.min(SMTP_POOL_CONNECTIONS, queues.length) }, worker));
    return report;
  }

  /** Delivers batches until nothing is due (bounded, so one tick cannot run for ever). */
  async deliverAllDue(maxBatches = 20): Promise<DeliveryReport> {
    const total: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const report = await this.deliverDue();
      for (const key of Object.keys(total) as (keyof DeliveryReport)[]) total[key] += report[key];
      if (report.sent + report.skipped + report.retried + report.failed === 0) break;
    }
    return total;
  }

  private async deliver(row: ClaimedRow): Promise<keyof DeliveryReport> {
    let message = row.rendered;
    try {
      if (!message) {
        message = await this.dataSource.transaction((tx) => this.renderer.render(tx, row));
        if (!message) {
          await this.finish(row.id, `state = 'SKIPPED'`, []);
          return 'skipped';
        }
        // Kept so that a retry sends the very same message (and the same manage link).
        await this.dataSource.query(`UPDATE outbox SET subject = $2, rendered = $3 WHERE id = $1`, [row.id, message.subject, JSON.stringify(message)]);
      }
      await this.sender.send(row.id, row.recipient, message);
      await this.finish(row.id, `state = 'SENT', sent_at = now(), last_error = NULL`, []);
      return 'sent';
    } catch (error) {
      const reason = (error as { message?: string } | null)?.message ?? String(error);
      const temporary = error instanceof SendFailure && error.temporary;
      if (temporary && row.attempts < MAX_ATTEMPTS) {
        await this.finish(row.id, `last_error = $2, send_after = now() + make_interval(secs => $3)`, [reason, backoffSeconds(row.attempts)]);
        return 'retried';
      }
      this.logger.warn(`Message ${row.id} (${row.purpose}) failed after ${row.attempts} attempt(s): ${reason}`);
      await this.finish(row.id, `state = 'FAILED', last_error = $2`, [reason]);
      return 'failed';
    }
  }

  private async finish(id: string, set: string, params: unknown[]) {
    await this.dataSource.query(`UPDATE outbox SET ${set}, claimed_until = NULL, updated_at = now() WHERE id = $1`, [id, ...params]);
  }
}
