// The outbox owns the record of every message: queued with the event, delivered later.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEntity } from './outbox.entity';
import { Outbox } from './outbox.repository';

@Module({ imports: [TypeOrmModule.forFeature([OutboxEntity])], providers: [Outbox], exports: [Outbox] })
export class OutboxModule {}
