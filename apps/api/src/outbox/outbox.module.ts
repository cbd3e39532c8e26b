// The outbox owns the record of every message: queued with the event, delivered later.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEntity } from './outbox.entity';
import { OutboxService } from './outbox.service';

@Module({ imports: [TypeOrmModule.forFeature([OutboxEntity])], providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}
