// Outcomes own what happened at the drive and the audit trail of it, and closing a drive (which
// turns everyone who never came into a no-show).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DrivesModule } from '../drives/drives.module';
import { OutboxModule } from '../outbox/outbox.module';
import { PlacesModule } from '../places/places.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { DriveClosed } from './drive-closed';
import { DriveCloser } from './drive-closer';
import { DriveClosing } from './drive-closing.service';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';
import { SignUpEventEntity } from './sign-up-event.entity';
import { SignUpEvents } from './sign-up-events.repository';
import { DeskOperationEntity } from './desk-operation.entity';
import { DeskOperations } from './desk-operations.repository';

@Module({
  imports: [TypeOrmModule.forFeature([SignUpEventEntity, DeskOperationEntity]), DrivesModule, PlacesModule, SignUpsModule, OutboxModule],
  providers: [OutcomesService, OutcomesResolver, DriveClosing, DriveCloser, DriveClosed, SignUpEvents, DeskOperations],
  exports: [SignUpEvents, DriveClosed],
})
export class OutcomesModule {}
