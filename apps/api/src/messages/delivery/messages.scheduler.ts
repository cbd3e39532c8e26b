// The timed work of messages: every REMINDER_TICK_SECONDS, queue the reminders that came due;
// every few seconds, deliver what is queued; and at once when woken (outbox-wakeups.ts), for a
// code or a confirmation that someone is waiting for.
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OutboxWakeups } from '../../outbox/outbox-wakeups';
import { OutboxDelivery } from './outbox-delivery.service';
import { ReminderScanner } from '../reminders/reminder-scanner.service';

export const DELIVERY_POLL_MS = 5000;

@Injectable()
export class MessagesScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagesScheduler.name);
  /** The delivery round under way, if any. */
  private round: Promise<void> | null = null;
  /** Woken during a round: another round follows, for what was committed after its last claim. */
  private again = false;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly scanner: ReminderScanner,
    private readonly delivery: OutboxDelivery,
    private readonly wakeups: OutboxWakeups,
  ) {}

  onApplicationBootstrap() {
    if (!this.config.backgroundJobs) return;
    this.registry.addInterval('reminder-scan', setInterval(() => void this.scan(), this.config.reminderTickSeconds * 1000));
    this.registry.addInterval('outbox-delivery', setInterval(() => void this.deliver(), Math.min(DELIVERY_POLL_MS, this.config.reminderTickSeconds * 1000)));
    void this.wakeups.listen(() => void this.deliver());
  }

  /**
   * A stopping process claims nothing more and lets the round under way send what it claimed and
   * record it, before the database connections close: a message cut off there would keep its
   * lease and go again after it, a duplicate.
   */
  async beforeApplicationShutdown() {
    this.stopping = true;
    for (const name of ['reminder-scan', 'outbox-delivery']) if (this.registry.doesExist('interval', name)) this.registry.deleteInterval(name);
    await this.round;
  }

  private async scan() {
    try {
      const queued = await this.scanner.queueAllDue();
      if (queued) this.logger.log(`Queued ${queued} reminder(s)`);
    } catch (error) {
      this.logger.error(`Reminder scan failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private deliver() {
    if (this.stopping) return;
    if (this.round) {
      this.again = true; // the round under way may have claimed before the new message's commit
      return;
    }
    this.round = this.deliverWhileWoken().finally(() => (this.round = null));
  }

  private async deliverWhileWoken() {
    try {
      do {
        this.again = false;
        await this.delivery.deliverAllDue(undefined, () => this.stopping);
      } while (this.again && !this.stopping);
    } catch (error) {
      this.logger.error(`Delivery failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
