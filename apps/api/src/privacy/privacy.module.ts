// Privacy owns what a person exercises their rights through (issue 20), across every feature:
// the links to their own data (my_data_links), the page's questions, corrections and downloads,
// erasing a person (through each table's owner), the daily retention job (daily_runs), and the
// organizers' view of who falls due for erasure. It sits above the features it acts through.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
import { MyDataLinkEntity } from './my-data-link.entity';
import { MyDataLinks } from './my-data-links.repository';
import { MyDataExportController } from './my-data-export.controller';
import { MyDataReader } from './my-data.reader';
import { MyDataResolver } from './my-data.resolver';
import { MyDataService } from './my-data.service';
import { Retention } from './retention.service';
import { RetentionScheduler } from './retention.scheduler';

@Module({
  imports: [TypeOrmModule.forFeature([MyDataLinkEntity]), AuditModule, RateLimitModule, MessagesModule, OutcomesModule, OutboxModule, SignUpsModule, VerificationModule],
  controllers: [MyDataExportController],
  providers: [MyDataLinks, MyDataReader, MyDataService, MyDataResolver, Erasure, ErasureResolver, ErasureDueReader, DailyRuns, Retention, RetentionScheduler],
  exports: [MyDataLinks, Erasure, Retention],
})
export class PrivacyModule {}
