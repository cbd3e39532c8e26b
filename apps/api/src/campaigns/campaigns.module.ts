// Campaigns own the umbrellas over drives and their summed numbers.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversionsModule } from '../conversions/conversions.module';
import { DriveEntity } from '../drives/drive.entity';
import { CampaignEntity } from './campaign.entity';
import { CampaignsResolver, DriveCampaignResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity, DriveEntity]), ConversionsModule],
  providers: [CampaignsService, CampaignsResolver, DriveCampaignResolver],
})
export class CampaignsModule {}
