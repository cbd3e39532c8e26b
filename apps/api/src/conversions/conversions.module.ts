// Conversions own the funnel numbers: drive stats, leaderboards, a team lead's standing, and
// personal recruiting credit (who brought whom).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DrivesModule } from '../drives/drives.module';
import { TeamsModule } from '../teams/teams.module';
import { DriveStatsResolver, LeaderboardResolver, PublicDriveStatsResolver } from './conversions.resolver';
import { ConversionsService } from './conversions.service';
import { BoardRenderer } from './board-rendering/board-renderer';
import { DriveRecruitersResolver, MyReferralsResolver, TeamRecruitersResolver } from './recruiters.resolver';
import { RecruitersService } from './recruiters.service';
import { DriveTeamStatsEntity } from './drive-team-stats.entity';
import { ShiftStatsEntity } from './shift-stats.entity';
import { TeamDigestReader } from './team-digest.reader';

@Module({
  imports: [TypeOrmModule.forFeature([DriveTeamStatsEntity, ShiftStatsEntity]), DrivesModule, TeamsModule, AuditModule],
  providers: [
    ConversionsService,
    BoardRenderer,
    DriveStatsResolver,
    LeaderboardResolver,
    PublicDriveStatsResolver,
    TeamDigestReader,
    RecruitersService,
    DriveRecruitersResolver,
    TeamRecruitersResolver,
    MyReferralsResolver,
  ],
  exports: [ConversionsService, BoardRenderer, TeamDigestReader],
})
export class ConversionsModule {}
