import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { WaitlistService } from './waitlist.service';

@Module({ imports: [OutboxModule], providers: [WaitlistService], exports: [WaitlistService] })
export class WaitlistModule {}
