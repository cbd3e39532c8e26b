// Messages own delivering the outbox (SMTP or the built-in catcher), the templates in both
// languages, and the timed reminders.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallOutEntity, UnsubscribeTokenEntity } from './call-out.entity';
import { CallOutsResolver } from './call-outs.resolver';
import { CallOutsService } from './call-outs.service';
import { MailCatcher } from './mail-catcher';
import { MailSender } from './mail-sender';
import { MessageRenderer } from './message-renderer.service';
import { MessagesScheduler } from './messages.scheduler';
import { OutboxDelivery } from './outbox-delivery.service';
import { OutboxResolver } from './outbox.resolver';
import { ReminderScanner } from './reminder-scanner.service';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({
  imports: [TypeOrmModule.forFeature([CallOutEntity, UnsubscribeTokenEntity])],
  controllers: [UnsubscribeController],
  providers: [MailCatcher, MailSender, MessageRenderer, OutboxDelivery, ReminderScanner, MessagesScheduler, OutboxResolver, CallOutsService, CallOutsResolver],
  exports: [OutboxDelivery, ReminderScanner, MailCatcher],
})
export class MessagesModule {}
