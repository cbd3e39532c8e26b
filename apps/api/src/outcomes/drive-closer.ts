// Closes drives automatically once they are over, so no-shows are counted without anyone
// remembering to press "close". Runs in every API process; the claim in closeEnded makes each
// drive close once.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DriveClosing } from './drive-closing.service';

/** Time for the desk to record the last outcomes before no-shows are counted. */
export const CLOSE_GRACE_HOURS = 6;

@Injectable()
export class DriveCloser {
  private readonly logger = new Logger(DriveCloser.name);

  constructor(
    private readonly closing: DriveClosing,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Interval(5 * 60 * 1000)
  async onTick(): Promise<void> {
    if (this.config.backgroundJobs) await this.closeEndedDrives();
  }

  async closeEndedDrives(): Promise<number> {
    try {
      const closed = await this.closing.closeEnded(CLOSE_GRACE_HOURS);
      if (closed) this.logger.log(`Closed ${closed} drive(s) that ended more than ${CLOSE_GRACE_HOURS} h ago`);
      return closed;
    } catch (error) {
      this.logger.error(`Closing ended drives failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
