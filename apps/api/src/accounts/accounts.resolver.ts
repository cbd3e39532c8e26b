import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pickLocale, Role } from '@life-relay/domain';
import { AppRequest } from '../common/auth/request-of';
import { CurrentUser, Organizers, Public, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { byKeys, requestLoader } from '../common/graphql/request-loader';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { OrganizationType } from '../organizations/dto/organization.types';
import { OrganizationsService } from '../organizations/organizations.service';
import { AccountsService } from './accounts.service';
import { AuthPayload, Invitation, InviteUserInput, SetPasswordInput, UserType } from './dto/account.types';
import { SessionService } from './session.service';

@Resolver(() => UserType)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Public()
  @RateLimit('login')
  @Mutation(() => AuthPayload, { description: 'Sign in; send the token as "Authorization: Bearer <token>".' })
  login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    return this.sessions.login(email, password);
  }

  @Public()
  @RateLimit('login')
  @Mutation(() => AuthPayload, { description: 'Set a password with the one-time link of an invitation; signs in.' })
  setPassword(@Args('input') input: SetPasswordInput): Promise<AuthPayload> {
    return this.accounts.setPassword(input);
  }

  @SignedIn()
  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentUser() actor: AuthenticatedUser): Promise<UserType> {
    return this.accounts.me(actor);
  }

  @Organizers()
  @Query(() => [UserType], { description: 'Organizers: the accounts, for example to pick team leads.' })
  users(@CurrentUser() actor: AuthenticatedUser, @Args('role', { type: () => Role, nullable: true }) role?: Role | null): Promise<UserType[]> {
    return this.accounts.list(actor, role);
  }

  @SignedIn()
  @ResolveField(() => OrganizationType, { nullable: true, description: 'Where this person works; null for an admin, who runs the platform.' })
  async organization(@Parent() user: UserType, @Context('req') req: object): Promise<OrganizationType | null> {
    if (!user.organizationId) return null;
    const loader = requestLoader<string, OrganizationType>(req, 'organizationById', async (ids) => {
      return byKeys(ids, await this.organizations.byIds(ids), (o) => o.id);
    });
    return (await loader.load(user.organizationId)) ?? null;
  }

  @SignedIn()
  @ResolveField(() => [ID], { description: 'DESK: the drives whose check-in desk this person works; empty for other roles.' })
  async deskDriveIds(@Parent() user: UserType, @Context('req') req: object): Promise<string[]> {
    if (user.role !== Role.DESK) return [];
    const loader = requestLoader<string, string[]>(req, 'deskDrivesByUser', async (ids) => {
      const byUser = await this.accounts.deskDrivesOf(ids);
      return ids.map((id) => byUser.get(id) ?? []);
    });
    return (await loader.load(user.id)) ?? [];
  }

  @Organizers()
  @Mutation(() => Invitation, { description: 'Admins invite organizers and team leads; organizers invite team leads.' })
  inviteUser(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: InviteUserInput, @Context('req') req: AppRequest): Promise<Invitation> {
    return this.accounts.invite(actor, input, pickLocale(req.headers['accept-language']));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Invitation, { description: 'A new one-time set-password link for an account.' })
  passwordSetupLink(@Args('userId', { type: () => ID }) userId: string): Promise<Invitation> {
    return this.accounts.passwordSetupLink(userId);
  }
}
