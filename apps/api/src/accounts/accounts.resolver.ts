import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, pickLocale, Role } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { AppRequest } from '../common/auth/request-of';
import { CurrentUser, Organizers, Public, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { AccountsService } from './accounts.service';
import { AuthPayload, Invitation, InviteUserInput, SetPasswordInput, UserType } from './dto/account.types';
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
  setPassword(@Args('input') input: SetPasswordInput, @Context('req') req: AppRequest): Promise<AuthPayload> {
    return this.accounts.setPassword(input, req);
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
  @Audited<Invitation>(AuditAction.USER_INVITED, ({ result }) => ({
    subjectType: AuditSubjectType.USER,
    subjectId: result.user.id,
    details: { role: result.user.role },
  }))
  @Mutation(() => Invitation, { description: 'Admins invite organizers and team leads; organizers invite team leads.' })
  inviteUser(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: InviteUserInput, @Context('req') req: AppRequest): Promise<Invitation> {
    return this.accounts.invite(actor, input, pickLocale(req.headers['accept-language']));
  }

  @Roles(Role.ADMIN)
  @Audited<Invitation>(AuditAction.PASSWORD_RESET_LINK_ISSUED, ({ result }) => ({ subjectType: AuditSubjectType.USER, subjectId: result.user.id }))
  @Mutation(() => Invitation, { description: 'A new one-time set-password link for an account.' })
  passwordSetupLink(@Args('userId', { type: () => ID }) userId: string): Promise<Invitation> {
    return this.accounts.passwordSetupLink(userId);
  }
}
