import { Args, Context, ID, Info, Parent, Query, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { addCounts, NO_COUNTS } from '@life-relay/domain';
import { CurrentUser, Organizers, Public, Readers } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { Board, BoardLength } from '../conversions/board-length';
import { slicedList } from '../common/graphql/sliced-list';
import { BoardRenderer } from '../conversions/board-rendering/board-renderer';
import { ConversionsService, statsOf } from '../conversions/conversions.service';
import { CollegeLeaderboardRow, DriveStats, LeaderboardRow } from '../conversions/dto/conversion.types';
import type { DriveEntity } from '../drives/drive.entity';
import { DriveType } from '../drives/dto/drive.types';
import { CampaignEntity } from './campaign.entity';
import { CampaignsService, StageView } from './campaigns.service';
import { CampaignInput, CampaignStageInput, CampaignStageType, CampaignType, PublicCampaignType } from './dto/campaign.types';

@Resolver(() => CampaignType)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly conversions: ConversionsService,
    private readonly boards: BoardRenderer,
  ) {}

  @Readers()
  @Query(() => [CampaignType], { description: 'Organizers: their organization’s campaigns, newest first.' })
  campaigns(@CurrentUser() actor: AuthenticatedUser): Promise<CampaignEntity[]> {
    return this.service.list(actor);
  }

  @Readers()
  @InOrganization({ id: 'campaign' })
  @Query(() => CampaignType, { nullable: true })
  campaign(@Args('id', { type: () => ID }) id: string): Promise<CampaignEntity | null> {
    return this.service.get(id);
  }

  @Organizers()
  @Mutation(() => CampaignType)
  createCampaign(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('input') input: CampaignInput,
    @Args('organizationId', { type: () => ID, nullable: true, description: 'Admins: the organization; default: the caller’s own.' }) organizationId?: string | null,
  ): Promise<CampaignEntity> {
    return this.service.create(actor, input, organizationId);
  }

  @Organizers()
  @InOrganization({ id: 'campaign' })
  @Mutation(() => CampaignType)
  updateCampaign(@Args('id', { type: () => ID }) id: string, @Args('input') input: CampaignInput): Promise<CampaignEntity> {
    return this.service.update(id, input);
  }

  @Readers()
  @ResolveField(() => [DriveType])
  drives(@Parent() campaign: CampaignEntity): Promise<DriveEntity[]> {
    return this.service.drivesOf(campaign.id);
  }

  @Readers()
  @ResolveField(() => DriveStats, { description: 'Summed over the campaign’s drives, against the campaign’s own goals.' })
  async stats(@Parent() campaign: CampaignEntity): Promise<DriveStats> {
    const drives = await this.service.drivesOf(campaign.id);
    const counts = await this.conversions.countsByDrive(drives.map((d) => d.id));
    return statsOf([...counts.values()].reduce(addCounts, NO_COUNTS), campaign);
  }

  @Readers()
  @ResolveField(() => [LeaderboardRow], { description: 'Teams ranked over all the campaign’s drives.' })
  async leaderboard(@Parent() campaign: CampaignEntity, @BoardLength() length: number, @Context() context: object, @Info() info: GraphQLResolveInfo): Promise<Board<LeaderboardRow>> {
    const driveIds = (await this.service.drivesOf(campaign.id)).map((d) => d.id);
    return this.boards.teams({ driveIds, length, audience: 'organizers', ranking: campaign.ranking }, { context, info });
  }

  @Readers()
  @ResolveField(() => [CollegeLeaderboardRow])
  async collegeLeaderboard(@Parent() campaign: CampaignEntity, @BoardLength() length: number, @Context() context: object, @Info() info: GraphQLResolveInfo): Promise<Board<CollegeLeaderboardRow>> {
    const driveIds = (await this.service.drivesOf(campaign.id)).map((d) => d.id);
    return this.boards.colleges({ driveIds, length, audience: 'organizers', ranking: campaign.ranking }, { context, info });
  }

  @Readers()
  @ResolveField(() => [CampaignStageType], { description: 'In the order of their start; those that have ended are frozen on this read.' })
  stages(@Parent() campaign: CampaignEntity): Promise<StageView[]> {
    return this.service.stagesOf(campaign);
  }

  @Organizers()
  @InOrganization({ campaignId: 'campaign' })
  @Mutation(() => CampaignStageType)
  addCampaignStage(@Args('campaignId', { type: () => ID }) campaignId: string, @Args('input') input: CampaignStageInput): Promise<StageView> {
    return this.service.addStage(campaignId, input);
  }

  @Organizers()
  @InOrganization({ id: 'campaignStage' })
  @Mutation(() => CampaignStageType, { description: 'CONFLICT (stageFrozen) once the stage has ended.' })
  updateCampaignStage(@Args('id', { type: () => ID }) id: string, @Args('input') input: CampaignStageInput): Promise<StageView> {
    return this.service.updateStage(id, input);
  }

  @Organizers()
  @InOrganization({ id: 'campaignStage' })
  @Mutation(() => Boolean, { description: 'CONFLICT (stageFrozen) once the stage has ended.' })
  removeCampaignStage(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.removeStage(id);
  }

  @Public()
  @Query(() => PublicCampaignType, { nullable: true, description: 'Anyone: a contest’s public page /c/<slug>, with public figures only; null without such a slug.' })
  async publicCampaign(@Args('slug') slug: string): Promise<PublicCampaignType | null> {
    const campaign = await this.service.getBySlug(slug);
    if (!campaign?.slug) return null;
    const { id, name, description, ranking, timeZone } = campaign;
    return { id, slug: campaign.slug, name, description, ranking, timeZone, stages: await this.service.stagesOf(campaign) };
  }
}

@Resolver(() => CampaignStageType)
export class CampaignStageResolver {
  constructor(private readonly service: CampaignsService) {}

  // A stage is reached through an organizer's campaign or a contest's public page; its boards are
  // the public's figures unless the caller organizes it.
  @Public()
  @ResolveField(() => [LeaderboardRow], { description: 'Teams ranked over the stage’s drives; frozen after its end.' })
  async leaderboard(@Parent() stage: StageView, @CurrentUser() actor: AuthenticatedUser | null, @BoardLength() length: number): Promise<Board<LeaderboardRow>> {
    return slicedList(await this.service.stageLeaderboard(stage, length, this.service.audienceOf(actor, stage)));
  }

  @Public()
  @ResolveField(() => [CollegeLeaderboardRow], { description: 'Colleges ranked over the stage’s drives; frozen after its end.' })
  async collegeLeaderboard(@Parent() stage: StageView, @CurrentUser() actor: AuthenticatedUser | null, @BoardLength() length: number): Promise<Board<CollegeLeaderboardRow>> {
    return slicedList(await this.service.stageCollegeLeaderboard(stage, length, this.service.audienceOf(actor, stage)));
  }
}

@Resolver(() => DriveType)
export class DriveCampaignResolver {
  constructor(private readonly campaigns: CampaignsService) {}

  @Readers()
  @ResolveField(() => CampaignType, { nullable: true })
  campaign(@Parent() drive: DriveEntity): Promise<CampaignEntity | null> {
    return drive.campaignId ? this.campaigns.get(drive.campaignId) : Promise.resolve(null);
  }
}
