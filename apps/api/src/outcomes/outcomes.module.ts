// Outcomes own what happened at the drive and the audit trail of it, and closing a drive (which
// turns everyone who never came into a no-show), and the desk's walk-ins (registered and checked
// in at once).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
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
import { WalkInsResolver } from './walk-ins.resolver';
import { WalkInsService } from './walk-ins.service';

@Module({
  imports: [TypeOrmModule.forFeature([SignUpEventEntity, DeskOperationEntity]), DrivesModule, OrganizationsModule, PlacesModule, SignUpsModule, OutboxModule],
  providers: [OutcomesService, OutcomesResolver, DriveClosing, DriveCloser, DriveClosed, SignUpEvents, DeskOperations, WalkInsService, WalkInsResolver],
  exports: [SignUpEvents, DriveClosed],
})
export class OutcomesModule {}
