import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, pickLocale } from '@life-relay/domain';
import { Audited } from '../../audit/audited.decorator';
import { CurrentUser, DeskWork, Organizers, Readers } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { InOrganization } from '../../common/auth/in-organization';
import { AppRequest } from '../../common/auth/request-of';
import { BloodServiceImportService } from './blood-service-import.service';
import { BloodTypeImportReport } from './dto/blood-type-import.types';
import { ReserveRosterExport, ReserveRosterFilter, ReserveVolunteerType, VerifyBloodTypeInput } from './dto/reserve.types';
import { ReserveService } from './reserve.service';

/** Health and contact data of people who may be called on: never team leads, never public. */
@Resolver(() => ReserveVolunteerType)
export class ReserveResolver {
  constructor(
    private readonly reserve: ReserveService,
    private readonly bloodServiceImport: BloodServiceImportService,
  ) {}

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

  // A check shows the names of the people the file matched, so it is an event too (dryRun: true).
  @Organizers()
  @Audited<BloodTypeImportReport>(AuditAction.BLOOD_TYPES_IMPORTED, ({ result }) => ({
    details: { dryRun: result.dryRun, recorded: result.recorded, refused: result.refused.length },
  }))
  @Mutation(() => BloodTypeImportReport, {
    description:
      'Organizers: the blood service’s file of verified blood types, as CSV text with a header row naming the columns email and/or phone, ' +
      'bloodType (O+, O_NEG, AB- ...), and optionally phenotypes ("C+ c- E- e+ K-") and donatedOn (YYYY-MM-DD, the last donation it records). ' +
      'A row is matched only among the people who signed up for the organization’s drives. Rows that cannot be recorded (unknown person, ' +
      'a bad type, no consent to health data ...) are listed and left out; the others are recorded together as verified by the blood service, ' +
      'by the caller, now. At most 5,000 rows and 2 MB.',
  })
  importBloodServiceTypes(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('csv') csv: string,
    @Args('dryRun', { type: () => Boolean, nullable: true, description: 'Only check the file and report; write nothing.' }) dryRun: boolean | null,
    @Context('req') req: AppRequest,
  ): Promise<BloodTypeImportReport> {
    return this.bloodServiceImport.import(actor, csv, { dryRun: dryRun === true, locale: pickLocale(req.headers['accept-language']) });
  }
}
