import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators';
import { requestLoader } from '../common/graphql/request-loader';
import { BloodShortageType } from '../organizations/dto/shortage.types';
import { ShortageLevelsService } from '../organizations/shortage-levels.service';
import { PublicDrive } from './dto/sign-up.types';

@Resolver(() => PublicDrive)
export class PublicDriveShortagesResolver {
  constructor(private readonly levels: ShortageLevelsService) {}

  // Public on purpose (issue 23): "we especially need O- now" on the form. Only the drive's own
  // organization's groups at LOW or CRITICAL; NORMAL and other organizations' levels stay inside.
  @Public()
  @ResolveField(() => [BloodShortageType], { description: 'The blood groups the drive’s organization is short of now (LOW or CRITICAL), most needed first.' })
  async shortages(@Parent() drive: PublicDrive, @Context('req') req: object): Promise<BloodShortageType[]> {
    const loader = requestLoader<string, BloodShortageType[]>(req, 'shortagesByOrganization', async (ids) => {
      const map = await this.levels.shownFor(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    return (await loader.load(drive.organizationId)) ?? [];
  }
}
