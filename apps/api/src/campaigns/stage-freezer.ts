// Freezes contest stages on time (issue 22). A stage froze at the first read after its end, so an
// outcome recorded after the end but before anyone looked still counted in it. Every API process
// ticks every minute; the one-transaction freeze (CampaignsService.freeze) makes each stage freeze
// once whichever process or reader comes first, and the first read still freezes as a fallback
// (background jobs off, or a stage that ended less than a minute ago).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CampaignsService } from './campaigns.service';

@Injectable()
export class StageFreezer {
  private readonly logger = new Logger(StageFreezer.name);

  constructor(
    private readonly campaigns: CampaignsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Interval(60 * 1000)
  async onTick(): Promise<void> {
    if (this.config.backgroundJobs) await this.freezeEndedStages();
  }

  async freezeEndedStages(): Promise<number> {
    try {
      const frozen = await this.campaigns.freezeEnded();
      if (frozen) this.logger.log(`Froze the standings of ${frozen} contest stage(s) that ended`);
      return frozen;
    } catch (error) {
      // Nothing half-done: the next tick (or the next read) freezes what is still due.
      this.logger.error(`Freezing ended stages failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
