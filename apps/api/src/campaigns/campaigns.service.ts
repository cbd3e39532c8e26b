// Campaigns: umbrellas over drives, with their numbers summed over those drives.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { NotFoundError } from '../common/errors/domain-errors';
import { assertId, isUuid } from '../common/graphql/uuid';
import type { DriveEntity } from '../drives/drive.entity';
import { DrivesService } from '../drives/drives.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { CampaignEntity } from './campaign.entity';
import { CampaignInput } from './dto/campaign.types';

@Injectable()
export class CampaignsService {
  constructor(
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    private readonly drives: DrivesService,
    private readonly organizations: OrganizationsService,
  ) {}

  async create(actor: AuthenticatedUser, input: CampaignInput, organizationId?: string | null): Promise<CampaignEntity> {
    const { identifiers } = await this.campaigns.insert({
      organizationId: await this.organizations.target(actor, organizationId, 'organizationId'),
      name: input.name,
      description: input.description ?? null,
      signUpGoal: input.signUpGoal ?? null,
      donationGoal: input.donationGoal ?? null,
    });
    return this.campaigns.findOneByOrFail({ id: identifiers[0].id });
  }

  async update(id: string, input: CampaignInput): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findOneBy({ id: assertId(id, 'Campaign') });
    if (!campaign) throw new NotFoundError('Campaign');
    await this.campaigns.update(
      { id: campaign.id },
      { name: input.name, description: input.description ?? null, signUpGoal: input.signUpGoal ?? null, donationGoal: input.donationGoal ?? null },
    );
    return this.campaigns.findOneByOrFail({ id: campaign.id });
  }

  /** The caller's organization's campaigns (an admin: every one). */
  list(actor: AuthenticatedUser): Promise<CampaignEntity[]> {
    const own = organizationScope(actor);
    return this.campaigns.find({ where: own ? { organizationId: own } : {}, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async get(id: string): Promise<CampaignEntity | null> {
    return isUuid(id) ? this.campaigns.findOneBy({ id }) : null;
  }

  drivesOf(campaignId: string): Promise<DriveEntity[]> {
    return this.drives.ofCampaign(campaignId);
  }
}
