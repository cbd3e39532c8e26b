import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, pickLocale } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { CurrentUser, Organizers, Public, Readers } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { AppRequest } from '../common/auth/request-of';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { RequestTeamInput, TeamRequestDecision, TeamRequestForm, TeamRequestLink, TeamRequestType } from './dto/team-request.types';
import { TeamRequestStatus } from './team-request.entity';
import { TeamRequestsService } from './team-requests.service';

/** College coordinators ask for teams through a public link; organizers decide, many at once. */
@Resolver(() => TeamRequestType)
export class TeamRequestsResolver {
  constructor(private readonly service: TeamRequestsService) {}

  @Public()
  @RateLimit('publicRead')
  @Query(() => TeamRequestForm, { nullable: true, description: 'Public: what the team request page shows. Null for an unknown link.' })
  teamRequestForm(@Args('token') token: string): Promise<TeamRequestForm | null> {
    return this.service.form(token);
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => Boolean, { description: 'Public, with an organization’s request link: a college coordinator asks for a team. An unknown link is NOT_FOUND.' })
  requestTeam(@Args('token') token: string, @Args('input') input: RequestTeamInput, @Context('req') req: AppRequest): Promise<boolean> {
    return this.service.request(token, input, pickLocale(req.headers['accept-language']));
  }

  // Organizers only: whoever holds the link can fill the organization's request list.
  @Organizers()
  @Query(() => TeamRequestLink, { description: 'Organizers: the public link college coordinators request teams through.' })
  teamRequestLink(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<TeamRequestLink> {
    return this.service.link(actor, organizationId);
  }

  @Organizers()
  @Mutation(() => TeamRequestLink, { description: 'Organizers: a new request link; the old one stops working.' })
  rotateTeamRequestLink(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<TeamRequestLink> {
    return this.service.rotateLink(actor, organizationId);
  }

  // Coordinators' names and e-mails: a read of personal data.
  @Readers()
  @Audited<TeamRequestType[]>(AuditAction.PERSONAL_DATA_READ, ({ args, result }) => ({ details: { teamRequests: result.length, status: args.status ?? null } }))
  @Query(() => [TeamRequestType], { description: 'Organizers and viewers: their organization’s team requests, oldest first.' })
  teamRequests(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('status', { type: () => TeamRequestStatus, nullable: true }) status?: TeamRequestStatus,
  ): Promise<TeamRequestType[]> {
    return this.service.list(actor, status);
  }

  @Organizers()
  @Audited<TeamRequestDecision[]>(AuditAction.TEAM_REQUESTS_APPROVED, ({ result }) => ({
    details: {
      requests: result.length,
      teamIds: result.filter((d) => !d.error && d.request.teamId).map((d) => d.request.teamId as string),
      refused: result.filter((d) => d.error).map((d) => d.request.id),
    },
  }))
  @Mutation(() => [TeamRequestDecision], {
    description: 'Organizers: approve requests, each on its own: a team (in the college of that name) and its coordinator invited as its lead, or a lead already of this organization made its lead.',
  })
  approveTeamRequests(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<TeamRequestDecision[]> {
    return this.service.approve(actor, ids);
  }

  @Organizers()
  @Audited<TeamRequestType[]>(AuditAction.TEAM_REQUESTS_DECLINED, ({ result }) => ({ details: { requestIds: result.map((r) => r.id) } }))
  @Mutation(() => [TeamRequestType], { description: 'Organizers: decline pending requests; decided ones stay as they are.' })
  declineTeamRequests(@CurrentUser() actor: AuthenticatedUser, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<TeamRequestType[]> {
    return this.service.decline(actor, ids);
  }
}
