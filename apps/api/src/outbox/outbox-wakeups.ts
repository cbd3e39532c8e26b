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
  /** A message was queued since the last notification went. */
  private wanted = false;
  private sending = false;
  private lastAt = 0;
  /**
   * Notifications go on a connection of their own: through the pool, in a rush they waited
   * behind every request's statements, and woke delivery only once the rush was answered.
   */
  private notifier: Client | null = null;
  private listener: Client | null = null;
  private relistenTimer: NodeJS.Timeout | null = null;
  private relistenMs = 1000;
  private stopping = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A message was queued and committed: whoever delivers hears of it within WAKE_MS. */
  queued(): void {
    if (this.stopping) return;
    this.wanted = true;
    if (!this.sending) void this.send();
  }

  /** Calls `wake` whenever a message is queued anywhere, on a connection of its own. */
  async listen(wake: () => void): Promise<void> {
    const client = this.client('life-relay-wakeups');
    this.listener = client;
    client.on('notification', () => wake());
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

  async onApplicationShutdown() {
    this.stopping = true;
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    const clients = [this.listener, this.notifier];
    this.listener = this.notifier = null;
    await Promise.all(clients.map((client) => client?.end().catch(() => undefined)));
  }

  /** One notification at a time, at most one per WAKE_MS, for as long as messages are queued. */
  private async send(): Promise<void> {
    this.sending = true;
    try {
      while (this.wanted && !this.stopping) {
        const wait = this.lastAt + WAKE_MS - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (this.stopping) return;
        this.wanted = false;
        this.lastAt = Date.now();
        await this.notify();
      }
    } finally {
      this.sending = false;
    }
  }

  private async notify(): Promise<void> {
    try {
      if (!this.notifier) {
        const client = this.client('life-relay-wakeups');
        await client.connect();
        if (this.stopping) return void (await client.end());
        this.notifier = client;
      }
      await this.notifier.query(`SELECT pg_notify($1, '')`, [CHANNEL]);
    } catch (error) {
      // Lost, it costs the message only the wait for the poll; the next one connects again.
      this.logger.warn(`Could not wake delivery: ${(error as Error).message}`);
      const broken = this.notifier;
      this.notifier = null;
      await broken?.end().catch(() => undefined);
    }
  }

  private client(name: string): Client {
    const { url } = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({ connectionString: url, application_name: name });
    client.on('error', (error) => this.logger.warn(`Delivery wake-ups: ${error.message}`));
    return client;
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
}
