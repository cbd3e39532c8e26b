// Messages own delivering the outbox (e-mail over SMTP, text messages over SMPP, or the built-in
// catchers), rendering the templates in both languages, the short links of text messages, the
// timed reminders, new drives announced to past volunteers, urgent call-outs, organizers' messages to a drive's sign-ups and unsubscribing (one click, or a reply of STOP).
import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ConversionsModule } from '../conversions/conversions.module';
import { DrivesModule } from '../drives/drives.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { DriveAnnouncements } from './announcements/drive-announcements.service';
import { CallOutFactsReader } from './call-outs/call-out-facts.reader';
import { CallOutEntity, CallOutRecipientEntity } from './call-outs/call-out.entity';
import { CallOutsResolver } from './call-outs/call-outs.resolver';
import { CallOutsService } from './call-outs/call-outs.service';
import { CallOutRecipients } from './call-outs/call-out-recipients.repository';
import { CallOutAnswerController } from './call-outs/call-out-answer.controller';
import { MailCatcher } from './delivery/mail-catcher';
import { DriveMessagesResolver } from './drive-messages/drive-messages.resolver';
import { DriveMessagesService } from './drive-messages/drive-messages.service';
import { MailSender } from './delivery/mail-sender';
import { MessagesScheduler } from './delivery/messages.scheduler';
import { OutboxDelivery } from './delivery/outbox-delivery.service';
import { SmsCatcher } from './delivery/sms-catcher';
import { SmsInbox } from './delivery/sms-inbox.service';
import { SmsSender } from './delivery/sms-sender';
import { OutboxResolver } from './outbox.resolver';
import { ReminderScanner } from './reminders/reminder-scanner.service';
import { MessageComposers } from './rendering/message-composers';
import { MessageRenderer } from './rendering/message-renderer.service';
import { ShortLinkController } from './short-links/short-link.controller';
import { ShortLinkEntity } from './short-links/short-link.entity';
import { ShortLinks } from './short-links/short-links.repository';
import { UnsubscribeTokenEntity } from './unsubscribe/unsubscribe-token.entity';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-tokens.repository';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';

@Module({
  imports: [TypeOrmModule.forFeature([CallOutEntity, CallOutRecipientEntity, UnsubscribeTokenEntity, ShortLinkEntity]), OutboxModule, AccountsModule, SignUpsModule, DrivesModule, ConversionsModule, OrganizationsModule, OutcomesModule, CampaignsModule, TeamsModule],
  controllers: [UnsubscribeController, ShortLinkController, CallOutAnswerController],
  providers: [
    MailCatcher,
    MailSender,
    SmsCatcher,
    SmsSender,
    SmsInbox,
    ShortLinks,
    MessageComposers,
    MessageRenderer,
    OutboxDelivery,
    ReminderScanner,
    MessagesScheduler,
    OutboxResolver,
    CallOutsService,
    CallOutRecipients,
    CallOutsResolver,
    CallOutFactsReader,
    DriveMessagesService,
    DriveMessagesResolver,
    DriveAnnouncements,
    UnsubscribeTokens,
  ],
  exports: [OutboxDelivery, ReminderScanner, MailCatcher, SmsCatcher, MessageComposers, UnsubscribeTokens],
})
export class MessagesModule {}
