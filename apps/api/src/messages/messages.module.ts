// Messages own delivering the outbox (SMTP or the built-in catcher), rendering the templates in
// both languages, the timed reminders, urgent call-outs and one-click unsubscribing.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversionsModule } from '../conversions/conversions.module';
import { DrivesModule } from '../drives/drives.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { CallOutFactsReader } from './call-outs/call-out-facts.reader';
import { CallOutEntity } from './call-outs/call-out.entity';
import { CallOutsResolver } from './call-outs/call-outs.resolver';
import { CallOutsService } from './call-outs/call-outs.service';
import { MailCatcher } from './delivery/mail-catcher';
import { MailSender } from './delivery/mail-sender';
import { MessagesScheduler } from './delivery/messages.scheduler';
import { OutboxDelivery } from './delivery/outbox-delivery.service';
import { OutboxResolver } from './outbox.resolver';
import { ReminderScanner } from './reminders/reminder-scanner.service';
import { MessageRenderer } from './rendering/message-renderer.service';
import { UnsubscribeTokenEntity } from './unsubscribe/unsubscribe-token.entity';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-tokens.repository';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';

@Module({
  imports: [TypeOrmModule.forFeature([CallOutEntity, UnsubscribeTokenEntity]), OutboxModule, SignUpsModule, DrivesModule, ConversionsModule],
  controllers: [UnsubscribeController],
  providers: [MailCatcher, MailSender, MessageRenderer, OutboxDelivery, ReminderScanner, MessagesScheduler, OutboxResolver, CallOutsService, CallOutsResolver, CallOutFactsReader, UnsubscribeTokens],
  exports: [OutboxDelivery, ReminderScanner, MailCatcher],
})
export class MessagesModule {}
