import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { ShortageLevelEntity } from './shortage-level.entity';
import { ShortageLevelsResolver } from './shortage-levels.resolver';
import { ShortageLevelsService } from './shortage-levels.service';

// Organizations: who runs drives, and how much each needs every blood group (shortage levels).
// Everything of an organization's carries its id; the AccessGuard (common/auth/in-organization.ts)
// keeps each caller to their own.

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, ShortageLevelEntity])],
  providers: [OrganizationsService, OrganizationsResolver, ShortageLevelsService, ShortageLevelsResolver],
  exports: [OrganizationsService, ShortageLevelsService],
})
export class OrganizationsModule {}
