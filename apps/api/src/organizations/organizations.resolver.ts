import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@life-relay/domain';
import { CurrentUser, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CreateOrganizationInput, OrganizationType } from './dto/organization.types';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @SignedIn()
  @Query(() => [OrganizationType], { description: 'The caller’s own organization; an admin sees every one.' })
  organizations(@CurrentUser() actor: AuthenticatedUser): Promise<OrganizationType[]> {
    return this.service.list(actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganizationType, { description: 'Admins: a new organization, to invite its organizers into.' })
  createOrganization(@Args('input') input: CreateOrganizationInput): Promise<OrganizationType> {
    return this.service.create(input);
  }
}
