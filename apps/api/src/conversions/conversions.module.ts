// Conversions own the funnel numbers: drive stats, leaderboards, a team lead's standing.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DrivesModule } from '../drives/drives.module';
import { TeamsModule } from '../teams/teams.module';
import { DriveStatsResolver, LeaderboardResolver, PublicDriveStatsResolver } from './conversions.resolver';
import { ConversionsService } from './conversions.service';
import { DriveTeamStatsEntity } from './drive-team-stats.entity';
import { ShiftStatsEntity } from './shift-stats.entity';
import { TeamDigestReader } from './team-digest.reader';

@Module({
  imports: [TypeOrmModule.forFeature([DriveTeamStatsEntity, ShiftStatsEntity]), DrivesModule, TeamsModule],
  providers: [ConversionsService, DriveStatsResolver, LeaderboardResolver, PublicDriveStatsResolver, TeamDigestReader],
  exports: [ConversionsService, TeamDigestReader],
})
export class ConversionsModule {}
