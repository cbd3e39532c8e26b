// The timed work of messages: every REMINDER_TICK_SECONDS, queue the reminders that came due;
// every few seconds, deliver what is queued (so a confirmation arrives within seconds).
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OutboxDelivery } from './outbox-delivery.service';
import { ReminderScanner } from '../reminders/reminder-scanner.service';

export const DELIVERY_POLL_MS = 5000;

@Injectable()
export class MessagesScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MessagesScheduler.name);
  private busy = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly scanner: ReminderScanner,
    private readonly delivery: OutboxDelivery,
  ) {}

  onApplicationBootstrap() {
    if (!this.config.backgroundJobs) return;
    this.registry.addInterval('reminder-scan', setInterval(() => void this.scan(), this.config.reminderTickSeconds * 1000));
    this.registry.addInterval('outbox-delivery', setInterval(() => void this.deliver(), Math.min(DELIVERY_POLL_MS, this.config.reminderTickSeconds * 1000)));
  }

  onApplicationShutdown() {
    for (const name of ['reminder-scan', 'outbox-delivery']) if (this.registry.doesExist('interval', name)) this.registry.deleteInterval(name);
  }

  private async scan() {
    try {
      const queued = await this.scanner.queueAllDue();
      if (queued) this.logger.log(`Queued ${queued} reminder(s)`);
    } catch (error) {
      this.logger.error(`Reminder scan failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async deliver() {
    if (this.busy) return; // the previous round is still sending
    this.busy = true;
    try {
      await this.delivery.deliverAllDue();
    } catch (error) {
      this.logger.error(`Delivery failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.busy = false;
    }
  }
}
