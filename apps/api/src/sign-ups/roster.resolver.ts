import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, SignUpStatus } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { CurrentUser, DeskWork, DriveReaders, Organizers, Readers } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { NotFoundError } from '../common/errors/domain-errors';
import { byKeys, requestLoader } from '../common/graphql/request-loader';
import { Connection } from '../common/pagination/connection';
import { DrivesService } from '../drives/drives.service';
import { TeamType } from '../teams/dto/team.types';
import type { TeamEntity } from '../teams/team.entity';
import { TeamsService } from '../teams/teams.service';
import { DonorHistory, SignUpConnection, SignUpEventType, SignUpType, VolunteerType } from './dto/roster.types';
import { RosterService } from './roster.service';
import { VolunteerMerge } from './volunteer-merge.service';

/** Organizers only: everything here is personal data. */
@Resolver(() => SignUpType)
export class RosterResolver {
  constructor(
    private readonly roster: RosterService,
    private readonly drives: DrivesService,
    private readonly teams: TeamsService,
  ) {}

  @Readers()
  @InOrganization({ driveId: 'drive', shiftId: 'shift' })
  @Audited<Connection<SignUpType>>(AuditAction.PERSONAL_DATA_READ, ({ args, result }) => ({
    subjectType: AuditSubjectType.DRIVE,
    subjectId: args.driveId,
    details: { rows: result.edges.length },
  }))
  @Query(() => SignUpConnection, { description: 'Organizers: a drive’s sign-ups in arrival order, filtered and paged.' })
  async signUps(
    @Args('driveId', { type: () => ID }) driveId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('status', { type: () => SignUpStatus, nullable: true }) status?: SignUpStatus,
    @Args('shiftId', { type: () => ID, nullable: true }) shiftId?: string,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string,
    @Args('collegeId', { type: () => ID, nullable: true }) collegeId?: string,
    @Args('search', { nullable: true, description: 'Part of a name or e-mail, or a phone number.' }) search?: string,
  ): Promise<Connection<SignUpType>> {
    if (!(await this.drives.get(driveId))) throw new NotFoundError('Drive');
    return this.roster.list(driveId, { status, shiftId, teamId, collegeId, search, first, after });
  }

  @DeskWork()
  @InOrganization({ driveId: 'drive' })
  @Audited<SignUpType[]>(AuditAction.PERSONAL_DATA_READ, ({ args, result }) => ({
    subjectType: AuditSubjectType.DRIVE,
    subjectId: args.driveId,
    details: { rows: result.length }, // not the text searched for: a name or a phone number
  }))
  @Query(() => [SignUpType], { description: 'Organizers and the drive’s desk staff at the check-in desk: find people by name, phone, e-mail or manage link.' })
  async checkInSearch(@Args('driveId', { type: () => ID }) driveId: string, @Args('text') text: string): Promise<SignUpType[]> {
    if (!(await this.drives.get(driveId))) throw new NotFoundError('Drive');
    return this.roster.deskSearch(driveId, text);
  }

  @DeskWork()
  @InOrganization({ driveId: 'drive' })
  @Audited<SignUpType>(AuditAction.PERSONAL_DATA_READ, ({ args, result }) => ({
    subjectType: AuditSubjectType.DRIVE,
    subjectId: args.driveId,
    details: { rows: 1, byTicket: true, signUpId: result.id }, // not the ticket: it would find the person again
  }))
  @Query(() => SignUpType, {
    description:
      'Organizers and the drive’s desk staff at the check-in desk: the sign-up whose ticket was scanned (its QR code says "LR1:<ticket>"; the code alone is taken too). NOT_FOUND for a ticket of another drive.',
  })
  async signUpByTicket(@Args('driveId', { type: () => ID }) driveId: string, @Args('ticket') ticket: string): Promise<SignUpType> {
    if (!(await this.drives.get(driveId))) throw new NotFoundError('Drive');
    const found = await this.roster.byTicket(driveId, ticket);
    if (!found) throw new NotFoundError('Ticket');
    return found;
  }

  @Readers()
  @InOrganization({ id: 'volunteer' })
  @Audited<VolunteerType | null>(AuditAction.PERSONAL_DATA_READ, ({ result }) =>
    result ? { subjectType: AuditSubjectType.VOLUNTEER, subjectId: result.id } : null,
  )
  @Query(() => VolunteerType, { nullable: true, description: 'Organizers: one volunteer who signed up for their organization, with their donor history there.' })
  volunteer(@Args('id', { type: () => ID }) id: string): Promise<VolunteerType | null> {
    return this.roster.volunteer(id);
  }

  @Readers()
  // A look-up that found nobody is recorded too (someone trying contacts), without the contact.
  @Audited<VolunteerType | null>(AuditAction.PERSONAL_DATA_READ, ({ result }) => ({
    subjectType: AuditSubjectType.VOLUNTEER,
    subjectId: result?.id ?? null,
    details: { byContact: true, found: result !== null },
  }))
  @Query(() => VolunteerType, {
    nullable: true,
    description: 'Organizers: the record an e-mail address or phone number belongs to (to find two records of one person), among those who signed up for their organization.',
  })
  volunteerByContact(@CurrentUser() actor: AuthenticatedUser, @Args('contact') contact: string): Promise<VolunteerType | null> {
    return this.roster.volunteerByContact(actor, contact);
  }

  @DriveReaders()
  @ResolveField(() => TeamType, { nullable: true })
  team(@Parent() signUp: SignUpType, @Context('req') req: object): Promise<TeamEntity | null> {
    if (!signUp.teamId) return Promise.resolve(null);
    return requestLoader<string, TeamEntity>(req, 'teamById', async (ids) => byKeys(ids, await this.teams.findByIds(ids), (t) => t.id)).load(
      signUp.teamId,
    );
  }

  @DriveReaders()
  @ResolveField(() => [SignUpEventType], { description: 'Who checked in, recorded and corrected what, and when.' })
  events(@Parent() signUp: SignUpType): Promise<SignUpEventType[]> {
    return this.roster.events(signUp.id);
  }

  @DriveReaders()
  @ResolveField(() => DonorHistory, {
    description:
      'The person’s donations at the organization’s drives before this sign-up’s drive (before its first day): what the desk card shows. ' +
      'Never counts this sign-up, whatever was recorded for it.',
  })
  donorHistoryBefore(@CurrentUser() actor: AuthenticatedUser, @Parent() signUp: SignUpType): Promise<DonorHistory> {
    return this.roster.donorHistory(actor, signUp.volunteer.id, undefined, signUp.id);
  }
}

@Resolver(() => VolunteerType)
export class VolunteerResolver {
  constructor(
    private readonly roster: RosterService,
    private readonly merging: VolunteerMerge,
  ) {}

  @Organizers()
  @InOrganization({ keepId: 'volunteer', mergeId: 'volunteer' })
  @Audited(AuditAction.VOLUNTEERS_MERGED, ({ args }) => ({
    subjectType: AuditSubjectType.VOLUNTEER,
    subjectId: args.keepId,
    details: { mergedId: args.mergeId },
  }))
  @Mutation(() => VolunteerType, {
    description:
      'Organizers: two records of one person become one (someone who signed up once by e-mail and once by phone). The kept record takes what it lacks from the merged one, and its sign-ups, messages and unsubscribe links.',
  })
  async mergeVolunteers(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('keepId', { type: () => ID }) keepId: string,
    @Args('mergeId', { type: () => ID }) mergeId: string,
  ): Promise<VolunteerType> {
    const kept = await this.merging.merge(actor, keepId, mergeId);
    return (await this.roster.volunteer(kept)) as VolunteerType;
  }

  @DriveReaders()
  @ResolveField(() => DonorHistory, { description: 'Donations at the organization’s drives.' })
  donorHistory(@CurrentUser() actor: AuthenticatedUser, @Parent() volunteer: VolunteerType): Promise<DonorHistory> {
    return this.roster.donorHistory(actor, volunteer.id);
  }

  @DriveReaders()
  @ResolveField(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: when the person joined the organization’s stem-cell registry (sample taken at a registry drive); null if not. Not a donation.',
  })
  registryJoinedOn(@CurrentUser() actor: AuthenticatedUser, @Parent() volunteer: VolunteerType): Promise<string | null> {
    return this.roster.registryJoinedOn(actor, volunteer.id);
  }

  @Readers()
  @ResolveField(() => [SignUpType], { description: 'Every sign-up of this person for the organization’s drives, latest drive first.' })
  signUps(@CurrentUser() actor: AuthenticatedUser, @Parent() volunteer: VolunteerType): Promise<SignUpType[]> {
    return this.roster.volunteerSignUps(actor, volunteer.id);
  }
}
