import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService, toUserType } from '../accounts/accounts.service';
import { UserType } from '../accounts/dto/account.types';
import { AuditAction, AuditSubjectType, pickLocale, Role } from '@life-relay/domain';
import { Invitation } from '../accounts/dto/account.types';
import { Audited } from '../audit/audited.decorator';
import { AppRequest } from '../common/auth/request-of';
import { CurrentUser, Organizers, Public, Readers, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser, isOrganizer, organizationScope } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { ForbiddenError } from '../common/errors/domain-errors';
import { byKeys, requestLoader } from '../common/graphql/request-loader';
import { Connection } from '../common/pagination/connection';
import { OrganizationType } from '../organizations/dto/organization.types';
import { OrganizationsService } from '../organizations/organizations.service';
import { CoLead, CollegeType, CollegeWithTeams, CreateCollegeInput, CreateTeamInput, InviteCoLeadInput, TeamConnection, TeamType, UpdateTeamInput } from './dto/team.types';
import { TeamEntity } from './team.entity';
import { TeamsService } from './teams.service';

@Resolver(() => TeamType)
export class TeamsResolver {
  constructor(
    private readonly service: TeamsService,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
  ) {}

  @Readers()
  @Query(() => TeamConnection, { description: 'Organizers: teams by name, optionally of one college or matching a name or code.' })
  teams(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('collegeId', { type: () => ID, nullable: true }) collegeId?: string,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<TeamEntity>> {
    return this.service.listTeams(actor, { collegeId, search, first, after });
  }

  @Roles(Role.ADMIN, Role.ORGANIZER, Role.VIEWER, Role.TEAM_LEAD)
  @InOrganization({ id: 'team' })
  @Query(() => TeamType, { description: 'A team: organizers see their organization’s, a team lead only their own.' })
  team(@CurrentUser() actor: AuthenticatedUser, @Args('id', { type: () => ID }) id: string): Promise<TeamEntity> {
    return this.service.getTeam(actor, id);
  }

  @Organizers()
  @Mutation(() => TeamType)
  createTeam(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CreateTeamInput): Promise<TeamEntity> {
    return this.service.createTeam(actor, input);
  }

  @Organizers()
  @InOrganization({ id: 'team' })
  @Mutation(() => TeamType, { description: 'Rename a team or move it to another college; its code never changes.' })
  updateTeam(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTeamInput): Promise<TeamEntity> {
    return this.service.updateTeam(id, input);
  }

  @Organizers()
  @InOrganization({ teamId: 'team' })
  @Mutation(() => TeamType)
  assignTeamLead(@Args('teamId', { type: () => ID }) teamId: string, @Args('userId', { type: () => ID }) userId: string): Promise<TeamEntity> {
    return this.service.assignLead(teamId, userId);
  }

  // An organizer's removal may leave a team without a lead (to be assigned another); a co-lead's
  // (removeCoLead) never does.
  @Organizers()
  @InOrganization({ teamId: 'team' })
  @Audited<TeamEntity>(AuditAction.TEAM_LEAD_REMOVED, ({ args }) => ({ subjectType: AuditSubjectType.USER, subjectId: args.userId, details: { teamId: args.teamId } }))
  @Mutation(() => TeamType)
  removeTeamLead(@Args('teamId', { type: () => ID }) teamId: string, @Args('userId', { type: () => ID }) userId: string): Promise<TeamEntity> {
    return this.service.removeLead(teamId, userId);
  }

  // Only team leads: an organizer invites with inviteUser and assignTeamLead. The service checks
  // that the caller leads this team (another team: NOT_FOUND).
  @Roles(Role.TEAM_LEAD)
  @Audited<Invitation>(AuditAction.USER_INVITED, ({ args, result }) => ({
    subjectType: AuditSubjectType.USER,
    subjectId: result.user.id,
    details: { role: result.user.role, teamId: args.teamId },
  }))
  @Mutation(() => Invitation, { description: 'A team lead invites a co-lead of their own team: a new team lead of this team only. The set-password link is shown once and e-mailed.' })
  inviteCoLead(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('input') input: InviteCoLeadInput,
    @Context('req') req: AppRequest,
  ): Promise<Invitation> {
    return this.service.inviteCoLead(actor, teamId, input, pickLocale(req.headers['accept-language']));
  }

  // Leads' names (staff, not volunteers) and whether they accepted; contacts stay with Team.leads,
  // for organizers. The service refuses a lead another team (NOT_FOUND).
  @Roles(Role.ADMIN, Role.ORGANIZER, Role.VIEWER, Role.TEAM_LEAD)
  @InOrganization({ teamId: 'team' })
  @Query(() => [CoLead], { description: 'The leads of a team, oldest first, as its leads see them: names and whether each accepted, no contacts. For its leads and organizers.' })
  coLeads(@CurrentUser() actor: AuthenticatedUser, @Args('teamId', { type: () => ID }) teamId: string): Promise<CoLead[]> {
    return this.service.coLeads(actor, teamId);
  }

  @Roles(Role.ADMIN, Role.ORGANIZER, Role.TEAM_LEAD)
  @InOrganization({ teamId: 'team' })
  @Audited<CoLead[]>(AuditAction.TEAM_LEAD_REMOVED, ({ args }) => ({ subjectType: AuditSubjectType.USER, subjectId: args.userId, details: { teamId: args.teamId } }))
  @Mutation(() => [CoLead], {
    description:
      'A lead of the team (or an organizer) removes a lead of it, themselves included, and gets the leads left. Never the last lead who accepted (userId: lastTeamLead); someone who is not a lead of the team: userId: unknownUser.',
  })
  removeCoLead(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CoLead[]> {
    return this.service.removeCoLead(actor, teamId, userId);
  }

  @Readers()
  @Query(() => [CollegeWithTeams], { description: 'Organizers: colleges by name (shared by every organization) with their number of the organization’s teams.' })
  colleges(@CurrentUser() actor: AuthenticatedUser, @Args('search', { nullable: true }) search?: string): Promise<CollegeWithTeams[]> {
    return this.service.listColleges(actor, search);
  }

  @Organizers()
  @Mutation(() => CollegeType, { description: 'Adds a college, or returns the one of that name.' })
  createCollege(@Args('input') input: CreateCollegeInput): Promise<CollegeType> {
    return this.service.createCollege(input);
  }

  // Team and college names are public (they appear on leaderboards). A team loaded with its
  // college (leaderboards) is answered without this resolver: common/graphql/preloaded-fields.ts.
  @Public()
  @ResolveField(() => CollegeType, { nullable: true })
  college(@Parent() team: TeamEntity, @Context('req') req: object): Promise<CollegeType | null> {
    if (!team.collegeId) return Promise.resolve(null);
    return requestLoader<string, CollegeType>(req, 'collegeById', async (ids) =>
      byKeys(ids, await this.service.findCollegesByIds(ids), (c) => c.id),
    ).load(team.collegeId);
  }

  @SignedIn()
  @ResolveField(() => OrganizationType, { description: 'The organization the team recruits for.' })
  async organization(@Parent() team: TeamEntity, @Context('req') req: object): Promise<OrganizationType> {
    const loader = requestLoader<string, OrganizationType>(req, 'organizationById', async (ids) => byKeys(ids, await this.organizations.byIds(ids), (o) => o.id));
    return (await loader.load(team.organizationId)) as OrganizationType;
  }

  @Readers()
  @ResolveField(() => [UserType], { description: 'Organizers: who leads this team.' })
  async leads(@Parent() team: TeamEntity, @Context('req') req: object): Promise<UserType[]> {
    const leadIds = await requestLoader<string, string[]>(req, 'leadIdsByTeam', async (teamIds) => {
      const map = await this.service.leadIdsByTeam(teamIds);
      return teamIds.map((id) => map.get(id) ?? []);
    }).load(team.id);
    const users = await this.accounts.findByIds(leadIds ?? []);
    return users.map(toUserType);
  }
}

@Resolver(() => UserType)
export class UserTeamsResolver {
  constructor(private readonly service: TeamsService) {}

  @SignedIn()
  @ResolveField(() => [TeamType], { description: 'The teams this user leads; organizers see those of their organization’s people, a team lead only their own.' })
  teams(@Parent() user: UserType, @CurrentUser() actor: AuthenticatedUser): Promise<TeamEntity[]> {
    if (!isOrganizer(actor) && actor.id !== user.id) throw new ForbiddenError();
    const own = organizationScope(actor);
    if (own && user.organizationId !== own) throw new ForbiddenError();
    return this.service.teamsLedBy(user.id);
  }
}
