import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, BloodType, ShortageLevel } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { CurrentUser, Organizers, Readers } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { BloodShortageType } from './dto/shortage.types';
import { ShortageLevelsService } from './shortage-levels.service';

@Resolver(() => BloodShortageType)
export class ShortageLevelsResolver {
  constructor(private readonly service: ShortageLevelsService) {}

  @Readers()
  @Query(() => [BloodShortageType], { description: 'Organizers: how much their organization needs each blood group (NORMAL when never set).' })
  shortageLevels(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('organizationId', { type: () => ID, nullable: true, description: 'Admins: this organization’s (others see only their own).' }) organizationId?: string,
  ): Promise<BloodShortageType[]> {
    return this.service.levels(actor, organizationId);
  }

  @Organizers()
  @Audited<BloodShortageType[]>(AuditAction.SHORTAGE_LEVEL_SET, ({ args }) => ({
    details: { organizationId: args.organizationId ?? null, bloodType: args.bloodType, level: args.level },
  }))
  @Mutation(() => [BloodShortageType], { description: 'Organizers: set how much their organization needs a blood group; public drive pages name LOW and CRITICAL ones.' })
  setShortageLevel(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('bloodType', { type: () => BloodType }) bloodType: BloodType,
    @Args('level', { type: () => ShortageLevel }) level: ShortageLevel,
    @Args('organizationId', { type: () => ID, nullable: true, description: 'Admins: this organization’s (others may name only their own).' }) organizationId?: string,
  ): Promise<BloodShortageType[]> {
    return this.service.set(actor, organizationId, bloodType, level);
  }
}
