// Privacy (issue 20) owns what a person's rights and the retention period do across every
// feature: erasing a person (through each table's owner), the daily retention job, and the
// organizers' view of who falls due for erasure. It sits above the features it acts through.
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { MessagesModule } from '../messages/messages.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { VerificationModule } from '../verification/verification.module';
import { DailyRuns } from './daily-runs.repository';
import { ErasureDueReader } from './erasure-due.reader';
import { ErasureResolver } from './erasure.resolver';
import { Erasure } from './erasure.service';
import { Retention } from './retention.service';
import { RetentionScheduler } from './retention.scheduler';

@Module({
  imports: [AuditModule, RateLimitModule, MessagesModule, OutcomesModule, OutboxModule, SignUpsModule, VerificationModule],
  providers: [Erasure, ErasureResolver, ErasureDueReader, DailyRuns, Retention, RetentionScheduler],
  exports: [Erasure, Retention],
})
export class PrivacyModule {}
