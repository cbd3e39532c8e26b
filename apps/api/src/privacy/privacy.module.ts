// Privacy owns what a person exercises their rights through (issue 20): the links to their own
// data (my_data_links), the page's questions and corrections, and the downloads. It sits above
// every feature whose tables hold personal data, and changes them through their owners.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagesModule } from '../messages/messages.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { VerificationModule } from '../verification/verification.module';
import { MyDataLinkEntity } from './my-data-link.entity';
import { MyDataLinks } from './my-data-links.repository';
import { MyDataExportController } from './my-data-export.controller';
import { MyDataReader } from './my-data.reader';
import { MyDataResolver } from './my-data.resolver';
import { MyDataService } from './my-data.service';

@Module({
  imports: [TypeOrmModule.forFeature([MyDataLinkEntity]), MessagesModule, OutboxModule, SignUpsModule, VerificationModule],
  controllers: [MyDataExportController],
  providers: [MyDataLinks, MyDataReader, MyDataService, MyDataResolver],
  exports: [MyDataLinks],
})
export class PrivacyModule {}
