import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, Role } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { CurrentUser, Organizers, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CreateOrganizationInput, EligibilityRulesInput, MessageReachInput, OrganizationType } from './dto/organization.types';
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

  @Organizers()
  @Audited<OrganizationType>(AuditAction.ELIGIBILITY_RULES_CHANGED, ({ result }) => ({
    details: { organizationId: result.id, ...result.eligibilityRules },
  }))
  @Mutation(() => OrganizationType, {
    description: 'Organizers: who may donate at their organization’s drives (an admin names the organization); a limit left out is the kind’s default again.',
  })
  setEligibilityRules(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('input') input: EligibilityRulesInput,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
  ): Promise<OrganizationType> {
    return this.service.setEligibilityRules(actor, organizationId, input);
  }

  @Organizers()
  @Mutation(() => OrganizationType, {
    description: 'Organizers: how far their organization’s "you can donate again" messages reach (one city, or everyone); an admin names the organization.',
  })
  setMessageReach(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('input') input: MessageReachInput,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
  ): Promise<OrganizationType> {
    return this.service.setMessageReach(actor, organizationId, input);
  }
}
