import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';
import { Audited } from '../../audit/audited.decorator';
import { CurrentUser, DeskWork, Organizers, Readers } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { InOrganization } from '../../common/auth/in-organization';
import { ReserveRosterExport, ReserveRosterFilter, ReserveVolunteerType, VerifyBloodTypeInput } from './dto/reserve.types';
import { ReserveService } from './reserve.service';

/** Health and contact data of people who may be called on: never team leads, never public. */
@Resolver(() => ReserveVolunteerType)
export class ReserveResolver {
  constructor(private readonly reserve: ReserveService) {}

  @Readers()
  @Audited<ReserveVolunteerType[]>(AuditAction.PERSONAL_DATA_READ, ({ result }) => ({ details: { reserveRoster: true, rows: result.length } }))
  @Query(() => [ReserveVolunteerType], {
    description: 'Organizers and viewers: the organization’s reserve roster (everyone who signed up for its drives), filtered and sorted; at most 5000 rows.',
  })
  reserveRoster(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('filter', { type: () => ReserveRosterFilter, nullable: true }) filter?: ReserveRosterFilter, // not `| null`: a union's metadata is Object, which the ValidationPipe skips
  ): Promise<ReserveVolunteerType[]> {
    return this.reserve.roster(actor, filter ?? {});
  }

  @Readers()
  @Audited<ReserveRosterExport>(AuditAction.PERSONAL_DATA_EXPORTED, ({ result }) => ({ details: { reserveRoster: true, rows: result.rows } }))
  @Query(() => ReserveRosterExport, { description: 'Organizers and viewers: the reserve roster as filtered, as a CSV file (UTF-8 with a byte-order mark).' })
  reserveRosterCsv(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('filter', { type: () => ReserveRosterFilter, nullable: true }) filter?: ReserveRosterFilter, // not `| null`: a union's metadata is Object, which the ValidationPipe skips
  ): Promise<ReserveRosterExport> {
    return this.reserve.csv(actor, filter ?? {});
  }

  @DeskWork()
  @InOrganization({ 'input.volunteerId': 'volunteer' })
  @Audited<ReserveVolunteerType>(AuditAction.BLOOD_TYPE_VERIFIED, ({ result }) => ({
    subjectType: AuditSubjectType.VOLUNTEER,
    subjectId: result.id,
    details: { source: result.bloodTypeSource, phenotypes: result.phenotypes.length > 0 },
  }))
  @Mutation(() => ReserveVolunteerType, {
    description:
      'Organizers, and desk staff for people of their drives: record the blood type (and extended phenotypes) seen on a typing card, a lab result or the blood service’s records; it replaces the self-reported type, with who and when. Needs the person’s health consent.',
  })
  verifyBloodType(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: VerifyBloodTypeInput): Promise<ReserveVolunteerType> {
    return this.reserve.verifyBloodType(actor, input);
  }

  @Organizers()
  @InOrganization({ volunteerId: 'volunteer' })
  @Audited<ReserveVolunteerType>(AuditAction.AVAILABILITY_NOTES_CHANGED, ({ result }) => ({ subjectType: AuditSubjectType.VOLUNTEER, subjectId: result.id }))
  @Mutation(() => ReserveVolunteerType, { description: 'Organizers: when a person on the reserve roster can come (evenings only ...); blank clears it.' })
  setAvailabilityNotes(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('volunteerId', { type: () => ID }) volunteerId: string,
    @Args('notes', { type: () => String, nullable: true }) notes?: string | null,
  ): Promise<ReserveVolunteerType> {
    return this.reserve.setAvailabilityNotes(actor, volunteerId, notes?.trim() || null);
  }
}
