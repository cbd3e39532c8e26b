// Runs retention once a day. Every API process ticks every hour; the first tick of a day that
// claims the day runs it (DailyRuns), the others find it claimed and do nothing.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Retention } from './retention.service';

@Injectable()
export class RetentionScheduler {
  private readonly logger = new Logger(RetentionScheduler.name);

  constructor(
    private readonly retention: Retention,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Interval(60 * 60 * 1000)
  async onTick(): Promise<void> {
    if (!this.config.backgroundJobs) return;
    try {
      await this.retention.runDaily();
    } catch (error) {
      // The day stays claimed: tomorrow's run picks up whoever is still due.
      this.logger.error(`Retention failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
