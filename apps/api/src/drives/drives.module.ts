// Drives own the events and their shifts: planning, editing, publishing, closing.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DriveEntity } from './drive.entity';
import { DriveCloser } from './drive-closer';
import { DrivesResolver } from './drives.resolver';
import { DrivesService } from './drives.service';
import { WaitlistModule } from '../sign-ups/waitlist.module';
import { ShiftEntity } from './shift.entity';
import { UpcomingDrives } from './upcoming-drives.reader';

@Module({
  imports: [TypeOrmModule.forFeature([DriveEntity, ShiftEntity]), WaitlistModule],
  providers: [DrivesService, DrivesResolver, DriveCloser, UpcomingDrives],
  exports: [DrivesService, UpcomingDrives],
})
export class DrivesModule {}
