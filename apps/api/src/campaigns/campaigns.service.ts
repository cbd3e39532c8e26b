// Campaigns: umbrellas over drives, with their numbers summed over those drives; as contests, with
// a public page, a chosen ranking and stages whose standings freeze once they end (issue 22).
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DriveStatus, Ranking } from '@life-relay/domain';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuthenticatedUser, isOrganizer, organizationScope, reaches } from '../common/auth/authenticated-user';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { assertId, isUuid } from '../common/graphql/uuid';
import { CollegeCountRow, collegeBoardOf, ConversionsService, TEAM_COUNT_COLUMNS, teamBoardOf, TeamCountRow } from '../conversions/conversions.service';
import type { Audience } from '../conversions/ranked-boards';
import { CollegeLeaderboardRow, LeaderboardRow } from '../conversions/dto/conversion.types';
import type { DriveEntity } from '../drives/drive.entity';
import { DrivesService } from '../drives/drives.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { CampaignEntity } from './campaign.entity';
import { CampaignStageEntity } from './campaign-stage.entity';
import { CampaignInput, CampaignStageInput } from './dto/campaign.types';

/** A team's place in the contest stage of one of its drives, as the public board ranks it. */
export interface ContestStanding {
  campaign: string;
  stage: string;
  rank: number;
  ranked: number;
  /** The contest's public page's slug; null when it has none. */
  slug: string | null;
}

/** A stage as the API shows it: with the ranking its boards use and whose organization it is. */
export type StageView = CampaignStageEntity & { ranking: Ranking; organizationId: string };

/** Where most drives happen (and what drives default to) when an organization has none yet. */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

function isSlugTaken(e: unknown): boolean {
  const error = e as { driverError?: { code?: string; constraint?: string } };
  return error?.driverError?.code === '23505' && error.driverError.constraint === 'campaigns_slug_key';
}

/** The drives a stage counts: the campaign's drives that start in its window, drafts never (nobody signs up to one). */
const stageDrives = (campaign: string, startsAt: string, endsAt: string) => `SELECT d.id FROM drives d
  WHERE d.campaign_id = ${campaign} AND d.status <> '${DriveStatus.DRAFT}' AND d.starts_at >= ${startsAt} AND d.starts_at < ${endsAt}`;

@Injectable()
export class CampaignsService {
  constructor(
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    @InjectRepository(CampaignStageEntity) private readonly stages: Repository<CampaignStageEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly conversions: ConversionsService,
    private readonly organizations: OrganizationsService,
  ) {}

  async create(actor: AuthenticatedUser, input: CampaignInput, organizationId?: string | null): Promise<CampaignEntity> {
    const organization = await this.organizations.target(actor, organizationId, 'organizationId');
    // Stage days are on the clocks where the drives happen: the organization's latest drive's, unless told.
    const timeZone = input.timeZone ?? (await this.drives.latestTimeZoneOf(organization)) ?? DEFAULT_TIME_ZONE;
    try {
      const { identifiers } = await this.campaigns.insert({ organizationId: organization, ...this.valuesOf(input), timeZone });
      return await this.campaigns.findOneByOrFail({ id: identifiers[0].id });
    } catch (e) {
      if (isSlugTaken(e)) throw InvalidInputError.field('slug', 'campaignSlugTaken');
      throw e;
    }
  }

  async update(id: string, input: CampaignInput): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findOneBy({ id: assertId(id, 'Campaign') });
    if (!campaign) throw new NotFoundError('Campaign');
    try {
      await this.campaigns.update({ id: campaign.id }, this.valuesOf(input, campaign));
    } catch (e) {
      if (isSlugTaken(e)) throw InvalidInputError.field('slug', 'campaignSlugTaken');
      throw e;
    }
    return this.campaigns.findOneByOrFail({ id: campaign.id });
  }

  /**
   * The columns an input sets. A slug or ranking left out keeps the campaign's (clients that
   * predate contests edit names and goals only); a null slug takes the public page down.
   */
  private valuesOf(input: CampaignInput, current?: CampaignEntity) {
    return {
      name: input.name,
      description: input.description ?? null,
      signUpGoal: input.signUpGoal ?? null,
      donationGoal: input.donationGoal ?? null,
      slug: input.slug === undefined ? (current?.slug ?? null) : input.slug,
      ranking: input.ranking ?? current?.ranking ?? Ranking.DONATED,
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    };
  }

  /** The caller's organization's campaigns (an admin: every one). */
  list(actor: AuthenticatedUser): Promise<CampaignEntity[]> {
    const own = organizationScope(actor);
    return this.campaigns.find({ where: own ? { organizationId: own } : {}, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async get(id: string): Promise<CampaignEntity | null> {
    return isUuid(id) ? this.campaigns.findOneBy({ id }) : null;
  }

  /** A contest's public page: only a campaign given a slug has one. */
  async getBySlug(slug: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOneBy({ slug });
  }

  /** What a shared contest link's preview says (web/page-head.ts): read only, nothing frozen by it. */
  async previewOf(slug: string): Promise<{ name: string; description: string | null; timeZone: string; stages: { startsAt: Date; endsAt: Date }[] } | null> {
    const campaign = await this.getBySlug(slug);
    if (!campaign?.slug) return null;
    const stages = await this.stages.find({ where: { campaignId: campaign.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    return { name: campaign.name, description: campaign.description, timeZone: campaign.timeZone, stages: stages.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })) };
  }

  drivesOf(campaignId: string): Promise<DriveEntity[]> {
    return this.drives.ofCampaign(campaignId);
  }

  // --- Stages -------------------------------------------------------------------------------

  /** A campaign's stages in the order of their start, those that have ended frozen first (idempotent). */
  async stagesOf(campaign: CampaignEntity): Promise<StageView[]> {
    const stages = await this.stages.find({ where: { campaignId: campaign.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const views: StageView[] = [];
    for (const stage of stages) views.push(this.viewOf(await this.frozenIfEnded(stage), campaign));
    return views;
  }

  async addStage(campaignId: string, input: CampaignStageInput): Promise<StageView> {
    const campaign = await this.campaigns.findOneBy({ id: assertId(campaignId, 'Campaign') });
    if (!campaign) throw new NotFoundError('Campaign');
    const id = await this.dataSource.transaction(async (tx) => {
      await this.refuseOverlap(tx, campaign.id, input, null);
      const { identifiers } = await tx.getRepository(CampaignStageEntity).insert({ campaignId: campaign.id, name: input.name, startsAt: input.startsAt, endsAt: input.endsAt });
      return identifiers[0].id as string;
    });
    return this.viewOf(await this.stages.findOneByOrFail({ id }), campaign);
  }

  /**
   * A drive counts in the stage its start falls in, so stages may not overlap (they may touch: one
   * ends at midnight, the next starts then). The campaign's row is locked first, so two stages
   * added at once are checked one after the other.
   */
  private async refuseOverlap(tx: EntityManager, campaignId: string, input: CampaignStageInput, except: string | null): Promise<void> {
    await tx.query(`SELECT 1 FROM campaigns WHERE id = $1 FOR UPDATE`, [campaignId]);
    const [overlapping] = await tx.query(
      `SELECT 1 FROM campaign_stages WHERE campaign_id = $1 AND ($2::uuid IS NULL OR id <> $2) AND starts_at < $4 AND ends_at > $3 LIMIT 1`,
      [campaignId, except, input.startsAt, input.endsAt],
    );
    if (overlapping) throw InvalidInputError.field('startsAt', 'stagesOverlap');
  }

  /** A stage may change until it ends: after that its standings are (or are about to be) frozen. */
  async updateStage(id: string, input: CampaignStageInput): Promise<StageView> {
    const stage = await this.liveStage(id);
    await this.dataSource.transaction(async (tx) => {
      await this.refuseOverlap(tx, stage.campaignId, input, stage.id);
      // Conditional: a stage that ended (or froze) since it was read is not changed after all.
      const { affected } = await tx
        .getRepository(CampaignStageEntity)
        .createQueryBuilder()
        .update()
        .set({ name: input.name, startsAt: input.startsAt, endsAt: input.endsAt })
        .where('id = :id AND frozen_at IS NULL AND ends_at > now()', { id: stage.id })
        .execute();
      if (!affected) throw new ConflictError('stageFrozen');
    });
    const campaign = await this.campaigns.findOneByOrFail({ id: stage.campaignId });
    return this.viewOf(await this.stages.findOneByOrFail({ id: stage.id }), campaign);
  }

  async removeStage(id: string): Promise<boolean> {
    const stage = await this.liveStage(id);
    const { affected } = await this.stages.createQueryBuilder().delete().where('id = :id AND frozen_at IS NULL AND ends_at > now()', { id: stage.id }).execute();
    if (!affected) throw new ConflictError('stageFrozen');
    return true;
  }

  private async liveStage(id: string): Promise<CampaignStageEntity> {
    const stage = await this.stages.findOneBy({ id: assertId(id, 'Campaign stage') });
    if (!stage) throw new NotFoundError('Campaign stage');
    if (stage.frozenAt || stage.endsAt.getTime() <= Date.now()) throw new ConflictError('stageFrozen');
    return stage;
  }

  /**
   * Who a stage's board is for: its own organization's organizers (and admins) see the funnel,
   * everyone else, organizers of other organizations too, the public figures.
   */
  audienceOf(actor: AuthenticatedUser | null, stage: StageView): Audience {
    return isOrganizer(actor) && reaches(actor, stage.organizationId) ? 'organizers' : 'public';
  }

  async stageLeaderboard(stage: StageView, length: number, audience: Audience): Promise<LeaderboardRow[]> {
    if (!stage.frozenAt) return this.conversions.teamLeaderboard(await this.stageDriveIds(stage), length, audience, stage.ranking);
    const rows: TeamCountRow[] = await this.dataSource.query(
      `SELECT t.id, t.name, t.code, t.organization_id, s.college_id, t.created_at, c.name AS college_name, ${TEAM_COUNT_COLUMNS}
         FROM campaign_stage_results s JOIN teams t ON t.id = s.team_id LEFT JOIN colleges c ON c.id = s.college_id
        WHERE s.stage_id = $1`,
      [stage.id],
    );
    return teamBoardOf(rows, length, audience, stage.ranking);
  }

  async stageCollegeLeaderboard(stage: StageView, length: number, audience: Audience): Promise<CollegeLeaderboardRow[]> {
    if (!stage.frozenAt) return this.conversions.collegeLeaderboardOf(await this.stageDriveIds(stage), length, audience, stage.ranking);
    const rows: CollegeCountRow[] = await this.dataSource.query(
      `SELECT c.id AS college_id, c.name AS college_name, s.team_id, ${TEAM_COUNT_COLUMNS}
         FROM campaign_stage_results s JOIN colleges c ON c.id = s.college_id
        WHERE s.stage_id = $1`,
      [stage.id],
    );
    return collegeBoardOf(rows, length, audience, stage.ranking);
  }

  /**
   * Where a team stands in the contest stage a drive belongs to (the team leads' digest), as the
   * public board ranks it; null when the drive is in no stage or the team is not on its board.
   */
  async standingOf(teamId: string, driveId: string): Promise<ContestStanding | null> {
    const [found]: { stage_id: string }[] = await this.dataSource.query(
      `SELECT st.id AS stage_id FROM drives d JOIN campaign_stages st ON st.campaign_id = d.campaign_id AND d.starts_at >= st.starts_at AND d.starts_at < st.ends_at
        WHERE d.id = $1 ORDER BY st.starts_at LIMIT 1`,
      [driveId],
    );
    if (!found) return null;
    const stage = await this.stages.findOneByOrFail({ id: found.stage_id });
    const campaign = await this.campaigns.findOneByOrFail({ id: stage.campaignId });
    const view = this.viewOf(await this.frozenIfEnded(stage), campaign);
    const board = await this.stageLeaderboard(view, Infinity, 'public');
    const row = board.find((r) => r.team.id === teamId);
    return row ? { campaign: campaign.name, stage: stage.name, rank: row.rank, ranked: board.length, slug: campaign.slug } : null;
  }

  private async stageDriveIds(stage: StageView): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(stageDrives('$1', '$2', '$3'), [stage.campaignId, stage.startsAt, stage.endsAt]);
    return rows.map((r) => r.id);
  }

  private viewOf(stage: CampaignStageEntity, campaign: CampaignEntity): StageView {
    return Object.assign(stage, { ranking: stage.frozenRanking ?? campaign.ranking, organizationId: campaign.organizationId });
  }

  /**
   * Freezes every stage that has ended and is not frozen yet (the StageFreezer, every minute in
   * each API process), so that outcomes recorded after a stage's end do not count in it even when
   * nobody looks at its board until later. How many this call froze.
   */
  async freezeEnded(): Promise<number> {
    const due: { id: string }[] = await this.dataSource.query(`SELECT id FROM campaign_stages WHERE frozen_at IS NULL AND ends_at <= now() ORDER BY ends_at, id`);
    let frozen = 0;
    for (const { id } of due) if (await this.freeze(id)) frozen++;
    return frozen;
  }

  /** A stage as it is now: frozen on this read if it has ended and the StageFreezer has not got to it yet. */
  private async frozenIfEnded(stage: CampaignStageEntity): Promise<CampaignStageEntity> {
    if (stage.frozenAt || stage.endsAt.getTime() > Date.now()) return stage;
    await this.freeze(stage.id);
    return this.stages.findOneByOrFail({ id: stage.id });
  }

  /**
   * Freezes an ended stage's standings, once: whoever comes first after the end (the StageFreezer
   * or a reader) marks it frozen and copies its drives' per-team counts (with each team's college)
   * in the same transaction. Anyone arriving meanwhile, in this process or another, waits on the
   * stage's row, finds it frozen and copies nothing. True when this call froze it.
   */
  private async freeze(stageId: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      // An UPDATE's answer is [rows, count].
      const [[frozen]] = await tx.query(
        `UPDATE campaign_stages st SET frozen_at = now(), frozen_ranking = c.ranking
           FROM campaigns c
          WHERE st.id = $1 AND c.id = st.campaign_id AND st.frozen_at IS NULL AND st.ends_at <= now()
      RETURNING st.campaign_id, st.starts_at, st.ends_at`,
        [stageId],
      );
      if (!frozen) return false; // frozen by another reader or process
      await tx.query(
        `INSERT INTO campaign_stage_results (stage_id, drive_id, team_id, college_id, registered, waitlisted, cancelled, checked_in, donated, deferred, no_show)
         SELECT $1, s.drive_id, s.team_id, t.college_id, ${TEAM_COUNT_COLUMNS}
           FROM drive_team_stats s JOIN teams t ON t.id = s.team_id
          WHERE s.drive_id IN (${stageDrives('$2', '$3', '$4')})`,
        [stageId, frozen.campaign_id, frozen.starts_at, frozen.ends_at],
      );
      return true;
    });
  }
}
