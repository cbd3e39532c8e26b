import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, pickLocale, Role } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { AppRequest } from '../common/auth/request-of';
import { CurrentUser, Organizers, Public, Roles, SignedIn } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { byKeys, requestLoader } from '../common/graphql/request-loader';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { OrganizationType } from '../organizations/dto/organization.types';
import { OrganizationsService } from '../organizations/organizations.service';
import { AccountsService } from './accounts.service';
import { AuthPayload, ChangePasswordInput, Invitation, InviteUserInput, SetPasswordInput, UserType } from './dto/account.types';
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
  @Audited<Invitation>(AuditAction.USER_INVITED, ({ result }) => ({
    subjectType: AuditSubjectType.USER,
    subjectId: result.user.id,
    details: { role: result.user.role },
  }))
  @Mutation(() => Invitation, { description: 'Admins invite organizers, viewers, desk staff and team leads into any organization; organizers invite desk staff and team leads into their own.' })
  inviteUser(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: InviteUserInput, @Context('req') req: AppRequest): Promise<Invitation> {
    return this.accounts.invite(actor, input, pickLocale(req.headers['accept-language']));
  }

  @Roles(Role.ADMIN)
  @Audited<Invitation>(AuditAction.PASSWORD_RESET_LINK_ISSUED, ({ result }) => ({ subjectType: AuditSubjectType.USER, subjectId: result.user.id }))
  @Mutation(() => Invitation, { description: 'A new one-time set-password link for an account; the owner of an account with a password is told (without the link).' })
  passwordSetupLink(@CurrentUser() actor: AuthenticatedUser, @Args('userId', { type: () => ID }) userId: string): Promise<Invitation> {
    return this.accounts.passwordSetupLink(actor, userId);
  }

  @SignedIn()
  @RateLimit('login')
  // The actor is the account's owner: the event's actor says whose password it was.
  @Audited<AuthPayload>(AuditAction.PASSWORD_CHANGED, () => ({ subjectType: AuditSubjectType.USER, subjectId: null }))
  @Mutation(() => AuthPayload, { description: 'Change one’s own password: ends every session of the account and returns a new one for this caller.' })
  changePassword(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: ChangePasswordInput): Promise<AuthPayload> {
    return this.accounts.changePassword(actor, input);
  }

  @Organizers()
  @InOrganization({ userId: 'user' })
  @Audited<UserType>(AuditAction.USER_DEACTIVATED, ({ result }) => ({ subjectType: AuditSubjectType.USER, subjectId: result.id }))
  @Mutation(() => UserType, { description: 'Admins deactivate organizers, viewers, desk staff and team leads, organizers their organization’s desk staff and team leads: no sign-in, sessions end at once.' })
  deactivateUser(@CurrentUser() actor: AuthenticatedUser, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return this.accounts.deactivateUser(actor, userId);
  }

  @Organizers()
  @InOrganization({ userId: 'user' })
  @Audited<UserType>(AuditAction.USER_REACTIVATED, ({ result }) => ({ subjectType: AuditSubjectType.USER, subjectId: result.id }))
  @Mutation(() => UserType, { description: 'Undo deactivateUser: the account signs in with its password again.' })
  reactivateUser(@CurrentUser() actor: AuthenticatedUser, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return this.accounts.reactivateUser(actor, userId);
  }

  @Organizers()
  @InOrganization({ userId: 'user', driveIds: 'drive' })
  @Audited<UserType>(AuditAction.ROLE_CHANGED, ({ result }) => ({ subjectType: AuditSubjectType.USER, subjectId: result.id, details: { deskDrives: true } }))
  @Mutation(() => UserType, { description: 'Admins and organizers: the drives (of the organization) whose check-in desks a DESK account works, replacing the ones before.' })
  setDeskDrives(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('driveIds', { type: () => [ID] }) driveIds: string[],
  ): Promise<UserType> {
    return this.accounts.setDeskDrives(actor, userId, driveIds);
  }

  @Roles(Role.ADMIN)
  @Audited<UserType>(AuditAction.ROLE_CHANGED, ({ result }) => ({ subjectType: AuditSubjectType.USER, subjectId: result.id, details: { to: result.role } }))
  @Mutation(() => UserType, { description: 'Admins: another role for an account (not to or from ADMIN); its sessions end.' })
  changeUserRole(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<UserType> {
    return this.accounts.changeUserRole(actor, userId, role);
  }
}
