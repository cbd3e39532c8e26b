// Teams own colleges, recruiting teams and their codes, and team leadership.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { OutboxModule } from '../outbox/outbox.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CollegeEntity } from './college.entity';
import { TeamRequestEntity, TeamRequestLinkEntity } from './team-request.entity';
import { TeamRequestsResolver } from './team-requests.resolver';
import { TeamRequestsService } from './team-requests.service';
import { TeamEntity, TeamLeadEntity } from './team.entity';
import { TeamsResolver, UserTeamsResolver } from './teams.resolver';
import { TeamsService } from './teams.service';

@Module({
  imports: [TypeOrmModule.forFeature([CollegeEntity, TeamEntity, TeamLeadEntity, TeamRequestEntity, TeamRequestLinkEntity]), AccountsModule, OrganizationsModule, OutboxModule],
  providers: [TeamsService, TeamsResolver, UserTeamsResolver, TeamRequestsService, TeamRequestsResolver],
  exports: [TeamsService, TeamRequestsService],
})
export class TeamsModule {}
