// Campaigns own the umbrellas over drives and their summed numbers, and contest stages with their
// frozen standings.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversionsModule } from '../conversions/conversions.module';
import { DrivesModule } from '../drives/drives.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CampaignEntity } from './campaign.entity';
import { CampaignStageEntity, CampaignStageResultEntity } from './campaign-stage.entity';
import { CampaignStageResolver, CampaignsResolver, DriveCampaignResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { StageFreezer } from './stage-freezer';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity, CampaignStageEntity, CampaignStageResultEntity]), DrivesModule, ConversionsModule, OrganizationsModule],
  providers: [CampaignsService, CampaignsResolver, CampaignStageResolver, DriveCampaignResolver, StageFreezer],
  exports: [CampaignsService],
})
export class CampaignsModule {}
