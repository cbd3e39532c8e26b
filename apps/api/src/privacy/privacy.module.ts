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
import { Erasure } from './erasure.service';

@Module({
  imports: [AuditModule, RateLimitModule, MessagesModule, OutcomesModule, OutboxModule, SignUpsModule, VerificationModule],
  providers: [Erasure],
  exports: [Erasure],
})
export class PrivacyModule {}
