// Drives own the events and their shifts: planning, editing, publishing; closing is the
// outcomes' (it decides the no-shows), and a shift's places are places/'.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DriveEntity } from './drive.entity';
import { DrivesResolver } from './drives.resolver';
import { DrivesService } from './drives.service';
import { DriveChanged } from './drive-changed';
import { DrivePublished } from './drive-published';
import { PlacesAdded } from './places-added';
import { ShiftEntity } from './shift.entity';
import { UpcomingDrives } from './upcoming-drives.reader';
import { PublicDrivesResolver } from './public-drives.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([DriveEntity, ShiftEntity]), OrganizationsModule],
  providers: [DrivesService, DrivesResolver, PublicDrivesResolver, PlacesAdded, DriveChanged, DrivePublished, UpcomingDrives],
  exports: [DrivesService, PlacesAdded, DriveChanged, DrivePublished, UpcomingDrives],
})
export class DrivesModule {}
