// Outcomes own what happened at the drive and the audit trail of it.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '../outbox/outbox.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';
import { SignUpEventEntity } from './sign-up-event.entity';

@Module({ imports: [TypeOrmModule.forFeature([SignUpEventEntity]), SignUpsModule, OutboxModule], providers: [OutcomesService, OutcomesResolver] })
export class OutcomesModule {}
