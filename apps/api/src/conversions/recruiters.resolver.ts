import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, Role } from '@life-relay/domain';
import { CurrentUser, Public, Readers, Roles } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { AppRequest } from '../common/auth/request-of';
import { Audited } from '../audit/audited.decorator';
import { AuditLog } from '../audit/audit-log.service';
import type { DriveEntity } from '../drives/drive.entity';
import { DriveType } from '../drives/dto/drive.types';
import { ManagedSignUp } from '../sign-ups/dto/sign-up.types';
import { BoardLength } from './board-length';
import { MyReferrals, RecruiterRow, TeamRecruiterRow } from './dto/recruiter.types';
import { RecruitersService } from './recruiters.service';

@Resolver(() => DriveType)
export class DriveRecruitersResolver {
  constructor(
    private readonly service: RecruitersService,
    private readonly audit: AuditLog,
  ) {}

  // Volunteers' names with what their friends did: the drive's readers only (its organization's,
  // as the drive query checks), and a read the audit log records. Field resolvers have no
  // interceptors, so the event is recorded here rather than by @Audited.
  @Readers()
  @ResolveField(() => [RecruiterRow], { description: 'Organizers: the drive’s volunteers ranked by the people their personal share links brought.' })
  async recruiters(
    @Parent() drive: DriveEntity,
    @BoardLength() length: number,
    @CurrentUser() actor: AuthenticatedUser,
    @Context('req') req: AppRequest,
  ): Promise<RecruiterRow[]> {
    const rows = await this.service.ofDrive(drive.id, length);
    await this.audit.record(actor, req, { action: AuditAction.PERSONAL_DATA_READ, subjectType: AuditSubjectType.DRIVE, subjectId: drive.id, details: { recruiters: rows.length } });
    return rows;
  }
}

@Resolver()
export class TeamRecruitersResolver {
  constructor(private readonly recruiters: RecruitersService) {}

  @Roles(Role.ADMIN, Role.ORGANIZER, Role.VIEWER, Role.TEAM_LEAD)
  @InOrganization({ teamId: 'team', driveId: 'drive' })
  @Audited<TeamRecruiterRow[]>(AuditAction.PERSONAL_DATA_READ, ({ args, result }) => ({
    subjectType: AuditSubjectType.TEAM,
    subjectId: args.teamId,
    details: { driveId: args.driveId, recruiters: result.length },
  }))
  @Query(() => [TeamRecruiterRow], { description: 'A team’s recruiters in a drive (people their share links brought), for its leads and organizers: no outcome that could tell a deferral.' })
  teamRecruiters(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('driveId', { type: () => ID }) driveId: string,
  ): Promise<TeamRecruiterRow[]> {
    return this.recruiters.ofTeam(actor, teamId, driveId);
  }
}

@Resolver(() => ManagedSignUp)
export class MyReferralsResolver {
  constructor(private readonly recruiters: RecruitersService) {}

  // Reached only through mySignUp, with the manage link's token: the volunteer's own count.
  @Public()
  @ResolveField(() => MyReferrals, { description: 'The volunteer’s personal share link and what it brought into this drive.' })
  referrals(@Parent() signUp: ManagedSignUp): Promise<MyReferrals> {
    return this.recruiters.ofSignUp(signUp.signUpId);
  }
}
