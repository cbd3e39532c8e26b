import { Args, Context, ID, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentUser, DriveReaders, Public, Readers, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { FieldPrefetch } from '../common/graphql/field-prefetch';
import { requestLoader } from '../common/graphql/request-loader';
import { Connection } from '../common/pagination/connection';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import type { DriveEntity } from '../drives/drive.entity';
import { DriveType } from '../drives/dto/drive.types';
import { AuditAction, AuditSubjectType, NO_COUNTS, Ranking, Role, StatusCounts } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { PublicDrive } from '../sign-ups/dto/sign-up.types';
import { Board, BoardLength } from './board-length';
import { BoardRenderer } from './board-rendering/board-renderer';
import { BoardSizes, ConversionsService, statsOf } from './conversions.service';
import { ChannelCount, CollegeLeaderboardRow, DayCount, DriveStats, LeaderboardRow, MyTeam, PublicStats, TeamMemberSignUp, TeamMemberSignUpConnection } from './dto/conversion.types';

const NO_BOARD: BoardSizes = { teams: 0, colleges: 0 };

@Resolver(() => DriveType)
export class DriveStatsResolver {
  constructor(
    private readonly conversions: ConversionsService,
    private readonly boards: BoardRenderer,
    prefetch: FieldPrefetch,
  ) {
    // `drive(id) { stats }` reads the counts beside the drive (common/graphql/field-prefetch.ts).
    prefetch.register('Drive', 'stats', (req, id) => void this.countsOf(req, id).catch(() => undefined));
  }

  @DriveReaders()
  @ResolveField(() => DriveStats)
  async stats(@Parent() drive: DriveEntity, @Context('req') req: object): Promise<DriveStats> {
    return statsOf((await this.countsOf(req, drive.id)) ?? NO_COUNTS, drive);
  }

  /** A drive's counts, read with those of the other drives the request asks for. */
  private countsOf(req: object, driveId: string): Promise<StatusCounts | null> {
    return requestLoader<string, StatusCounts>(req, 'countsByDrive', async (ids) => {
      const map = await this.conversions.countsByDrive(ids);
      return ids.map((id) => map.get(id) ?? null);
    }).load(driveId);
  }

  @Readers()
  @ResolveField(() => [DayCount], { description: 'Sign-ups per day, in the drive’s time zone.' })
  signUpsByDay(@Parent() drive: DriveEntity): Promise<DayCount[]> {
    return this.conversions.signUpsByDay(drive.id);
  }

  @Readers()
  @ResolveField(() => [ChannelCount], { description: 'Sign-ups and donations by channel.' })
  channels(@Parent() drive: DriveEntity): Promise<ChannelCount[]> {
    return this.conversions.channels(drive.id);
  }

  @Readers()
  @ResolveField(() => [LeaderboardRow], { description: 'The drive’s team leaderboard (also for drafts).' })
  leaderboard(@Parent() drive: DriveEntity, @BoardLength() length: number, @Context() context: object, @Info() info: GraphQLResolveInfo): Promise<Board<LeaderboardRow>> {
    return this.boards.teams({ driveIds: [drive.id], length, audience: 'organizers', ranking: Ranking.DONATED }, { context, info });
  }

  @Readers()
  @ResolveField(() => [CollegeLeaderboardRow])
  collegeLeaderboard(@Parent() drive: DriveEntity, @BoardLength() length: number, @Context() context: object, @Info() info: GraphQLResolveInfo): Promise<Board<CollegeLeaderboardRow>> {
    return this.boards.colleges({ driveIds: [drive.id], length, audience: 'organizers', ranking: Ranking.DONATED }, { context, info });
  }

  @Readers()
  @ResolveField(() => Int, { description: 'Teams on the drive’s leaderboard (with at least one sign-up).' })
  async teamsRanked(@Parent() drive: DriveEntity, @Context('req') req: object): Promise<number> {
    return (await boardSizesOf(this.conversions, req, drive.id)).teams;
  }

  @Readers()
  @ResolveField(() => Int, { description: 'Colleges on the drive’s college leaderboard.' })
  async collegesRanked(@Parent() drive: DriveEntity, @Context('req') req: object): Promise<number> {
    return (await boardSizesOf(this.conversions, req, drive.id)).colleges;
  }
}

/** A drive's board sizes, loaded with those of the other drives of the request in one query. */
async function boardSizesOf(conversions: ConversionsService, req: object, driveId: string): Promise<BoardSizes> {
  const sizes = await requestLoader<string, BoardSizes>(req, 'boardSizes', async (ids) => {
    const found = await conversions.boardSizes(ids);
    return ids.map((id) => found.get(id) ?? null);
  }).load(driveId);
  return sizes ?? NO_BOARD;
}

@Resolver(() => PublicDrive)
export class PublicDriveStatsResolver {
  constructor(private readonly conversions: ConversionsService) {}

  // Aggregates are public (docs/product.md): the leaderboard page shows the drive's totals, with
  // what they would tell of someone's health withheld (PublicStats), for everyone alike.
  @Public()
  @ResolveField(() => PublicStats, { description: 'The drive’s totals as its public boards add up: aggregates only.' })
  stats(@Parent() drive: PublicDrive): Promise<PublicStats> {
    return this.conversions.publicStatsOf(drive);
  }

  // How many rows the public boards have, so that a page showing their top can say of how many.
  @Public()
  @ResolveField(() => Int, { description: 'Teams on the drive’s leaderboard (with at least one sign-up).' })
  async teamsRanked(@Parent() drive: PublicDrive, @Context('req') req: object): Promise<number> {
    return (await boardSizesOf(this.conversions, req, drive.id)).teams;
  }

  @Public()
  @ResolveField(() => Int, { description: 'Colleges on the drive’s college leaderboard.' })
  async collegesRanked(@Parent() drive: PublicDrive, @Context('req') req: object): Promise<number> {
    return (await boardSizesOf(this.conversions, req, drive.id)).colleges;
  }
}

@Resolver()
export class LeaderboardResolver {
  constructor(
    private readonly conversions: ConversionsService,
    private readonly boards: BoardRenderer,
  ) {}

  @Public()
  @RateLimit('publicRead')
  @Query(() => [LeaderboardRow], { description: 'Public for published and closed drives: team names and numbers only, as PublicStats describes unless an organizer asks.' })
  async leaderboard(
    @CurrentUser() actor: AuthenticatedUser | null,
    @Args('driveId', { type: () => ID }) driveId: string,
    @BoardLength() length: number,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Board<LeaderboardRow>> {
    const audience = await this.conversions.boardAudience(actor, driveId);
    return this.boards.teams({ driveIds: [driveId], length, audience, ranking: Ranking.DONATED }, { context, info });
  }

  @Public()
  @RateLimit('publicRead')
  @Query(() => [CollegeLeaderboardRow], { description: 'Public for published and closed drives: colleges ranked over their teams.' })
  async collegeLeaderboard(
    @CurrentUser() actor: AuthenticatedUser | null,
    @Args('driveId', { type: () => ID }) driveId: string,
    @BoardLength() length: number,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Board<CollegeLeaderboardRow>> {
    const audience = await this.conversions.boardAudience(actor, driveId);
    return this.boards.colleges({ driveIds: [driveId], length, audience, ranking: Ranking.DONATED }, { context, info });
  }

  @SignedIn()
  @Query(() => [MyTeam], { description: 'The signed-in team lead’s teams and their standing in every drive.' })
  myTeams(@CurrentUser() actor: AuthenticatedUser): Promise<MyTeam[]> {
    return this.conversions.myTeams(actor);
  }

  @Roles(Role.ADMIN, Role.ORGANIZER, Role.VIEWER, Role.TEAM_LEAD)
  @InOrganization({ teamId: 'team', driveId: 'drive' })
  @Audited<Connection<TeamMemberSignUp>>(AuditAction.PERSONAL_DATA_READ, ({ args, result }) => ({
    subjectType: AuditSubjectType.TEAM,
    subjectId: args.teamId,
    details: { driveId: args.driveId ?? null, rows: result.edges.length },
  }))
  @Query(() => TeamMemberSignUpConnection, { description: 'Names and attendance of a team’s sign-ups, never their outcomes: for its leads and organizers.' })
  teamSignUps(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('driveId', { type: () => ID, nullable: true }) driveId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<TeamMemberSignUp>> {
    return this.conversions.teamMembers(actor, teamId, driveId, first, after);
  }
}
