// Campaigns own the umbrellas over drives and their summed numbers.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversionsModule } from '../conversions/conversions.module';
import { DrivesModule } from '../drives/drives.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CampaignEntity } from './campaign.entity';
import { CampaignStageEntity, CampaignStageResultEntity } from './campaign-stage.entity';
import { CampaignStageResolver, CampaignsResolver, DriveCampaignResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity, CampaignStageEntity, CampaignStageResultEntity]), DrivesModule, ConversionsModule, OrganizationsModule],
  providers: [CampaignsService, CampaignsResolver, CampaignStageResolver, DriveCampaignResolver],
  exports: [CampaignsService],
})
export class CampaignsModule {}
