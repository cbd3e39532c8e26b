import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { DrivesService } from './drives.service';
import { UpcomingDriveType } from './dto/drive.types';

/** The public list of drives to come (/drives): public facts only, no counts, no people. */
@Resolver(() => UpcomingDriveType)
export class PublicDrivesResolver {
  constructor(private readonly service: DrivesService) {}

  @Public()
  @RateLimit('publicRead')
  @Query(() => [UpcomingDriveType], { description: 'Public: published drives that have not ended, soonest first, every organization’s; optionally of one city.' })
  upcomingDrives(
    @Args('regionCode', { type: () => String, nullable: true, description: 'Only this city’s (CN-150100: Hohhot); an unknown code lists nothing.' }) regionCode?: string | null,
  ): Promise<UpcomingDriveType[]> {
    return this.service.upcoming(regionCode ?? null);
  }
}
