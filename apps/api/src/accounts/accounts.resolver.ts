import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { pickLocale, Role } from '@life-relay/domain';
import { AppRequest } from '../common/auth/request-of';
import { CurrentUser, Organizers, Public, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { AccountsService } from './accounts.service';
import { AuthPayload, ChangePasswordInput, Invitation, InviteUserInput, SetPasswordInput, UserType } from './dto/account.types';
import { SessionService } from './session.service';

@Resolver(() => UserType)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
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
  users(@Args('role', { type: () => Role, nullable: true }) role?: Role | null): Promise<UserType[]> {
    return this.accounts.list(role);
  }

  @Organizers()
  @Mutation(() => Invitation, { description: 'Admins invite organizers and team leads; organizers invite team leads.' })
  inviteUser(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: InviteUserInput, @Context('req') req: AppRequest): Promise<Invitation> {
    return this.accounts.invite(actor, input, pickLocale(req.headers['accept-language']));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Invitation, { description: 'A new one-time set-password link for an account; the owner of an account with a password is told (without the link).' })
  passwordSetupLink(@CurrentUser() actor: AuthenticatedUser, @Args('userId', { type: () => ID }) userId: string): Promise<Invitation> {
    return this.accounts.passwordSetupLink(actor, userId);
  }

  @SignedIn()
  @RateLimit('login')
  @Mutation(() => AuthPayload, { description: 'Change one’s own password: ends every session of the account and returns a new one for this caller.' })
  changePassword(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: ChangePasswordInput): Promise<AuthPayload> {
    return this.accounts.changePassword(actor, input);
  }

  @Organizers()
  @Mutation(() => UserType, { description: 'Admins deactivate organizers and team leads, organizers team leads: no sign-in, sessions end at once.' })
  deactivateUser(@CurrentUser() actor: AuthenticatedUser, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return this.accounts.deactivateUser(actor, userId);
  }

  @Organizers()
  @Mutation(() => UserType, { description: 'Undo deactivateUser: the account signs in with its password again.' })
  reactivateUser(@CurrentUser() actor: AuthenticatedUser, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return this.accounts.reactivateUser(actor, userId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType, { description: 'Admins: another role for an account (not to or from ADMIN); its sessions end.' })
  changeUserRole(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<UserType> {
    return this.accounts.changeUserRole(actor, userId, role);
  }
}
