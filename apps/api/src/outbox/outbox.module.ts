// The outbox owns the record of every message: queued with the event, delivered later; and the
// wake-ups that tell whoever delivers that a message someone waits for was queued.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEntity } from './outbox.entity';
import { Outbox } from './outbox.repository';
import { OutboxWakeups } from './outbox-wakeups';

@Module({ imports: [TypeOrmModule.forFeature([OutboxEntity])], providers: [Outbox, OutboxWakeups], exports: [Outbox, OutboxWakeups] })
export class OutboxModule {}
