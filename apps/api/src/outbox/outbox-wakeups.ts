// Tells the processes that deliver (BACKGROUND_JOBS=1) that a message someone is waiting for was
// queued, a code typed on the form or a confirmation, so that it goes now rather than at the next
// poll, up to five seconds later. Over PostgreSQL's LISTEN/NOTIFY, so that it reaches the
// delivering process wherever it runs.
//
// The notification is sent after the message's commit, on a statement of its own: a NOTIFY in the
// sign-up's transaction would make every commit of a rush wait for PostgreSQL's notification
// lock. And at most one every WAKE_MS per process, however many messages: in a rush, a few
// statements a second, not one a sign-up. The poll stays, for everything else and as the fallback
// when a notification is lost (PostgreSQL restarted, the listening connection dropped).
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

const CHANNEL = 'outbox_queued';
/** At most one notification per this many milliseconds from one process. */
export const WAKE_MS = 50;
/** Waits before listening again after the connection dropped: 1 s, doubling up to half a minute. */
const RELISTEN_MAX_MS = 30_000;

@Injectable()
export class OutboxWakeups implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWakeups.name);
  private scheduled: NodeJS.Timeout | null = null;
  private lastAt = 0;
  private listener: Client | null = null;
  private relistenTimer: NodeJS.Timeout | null = null;
  private relistenMs = 1000;
  private stopping = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A message was queued and committed: whoever delivers hears of it within WAKE_MS. */
  queued(): void {
    if (this.scheduled || this.stopping) return;
    this.scheduled = setTimeout(
      () => {
        this.scheduled = null;
        this.lastAt = Date.now();
        // Lost, it costs the message only the wait for the poll.
        this.dataSource.query(`SELECT pg_notify($1, '')`, [CHANNEL]).catch((error: Error) => this.logger.warn(`Could not wake delivery: ${error.message}`));
      },
      Math.max(0, this.lastAt + WAKE_MS - Date.now()),
    );
  }

  /** Calls `wake` whenever a message is queued anywhere, on a connection of its own. */
  async listen(wake: () => void): Promise<void> {
    const { url } = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({ connectionString: url, application_name: 'life-relay-wakeups' });
    this.listener = client;
    client.on('notification', () => wake());
    client.on('error', (error) => this.logger.warn(`Delivery wake-ups: ${error.message}`));
    client.on('end', () => this.dropped(client, wake));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.relistenMs = 1000;
    } catch (error) {
      this.logger.warn(`Delivery wake-ups not listening (the poll delivers meanwhile): ${(error as Error).message}`);
      void client.end().catch(() => undefined);
    }
  }

  private dropped(client: Client, wake: () => void) {
    if (this.listener !== client || this.stopping || this.relistenTimer) return;
    this.listener = null;
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = null;
      void this.listen(wake);
    }, this.relistenMs);
    this.relistenMs = Math.min(RELISTEN_MAX_MS, this.relistenMs * 2);
  }

  async onApplicationShutdown() {
    this.stopping = true;
    if (this.scheduled) clearTimeout(this.scheduled);
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }
}
