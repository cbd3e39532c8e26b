// Messages own delivering the outbox (SMTP or the built-in catcher), the templates in both
// languages, and the timed reminders.
import { Module } from '@nestjs/common';
import { MailCatcher } from './mail-catcher';
import { MailSender } from './mail-sender';
import { MessageRenderer } from './message-renderer.service';
import { MessagesScheduler } from './messages.scheduler';
import { OutboxDelivery } from './outbox-delivery.service';
import { OutboxResolver } from './outbox.resolver';
import { ReminderScanner } from './reminder-scanner.service';

@Module({
  providers: [MailCatcher, MailSender, MessageRenderer, OutboxDelivery, ReminderScanner, MessagesScheduler, OutboxResolver],
  exports: [OutboxDelivery, ReminderScanner, MailCatcher],
})
export class MessagesModule {}
