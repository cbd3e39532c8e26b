import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, pickLocale } from '@life-relay/domain';
import { Audited } from '../../audit/audited.decorator';
import { Organizers } from '../../common/auth/access.decorators';
import { InOrganization } from '../../common/auth/in-organization';
import { AppRequest } from '../../common/auth/request-of';
import { SignUpImportReport } from './dto/sign-up-import.types';
import { SignUpsImportService } from './sign-ups-import.service';

/** Organizers: sign-ups collected on paper, typed into a spreadsheet. */
@Resolver()
export class SignUpsImportResolver {
  constructor(private readonly imports: SignUpsImportService) {}

  @Organizers()
  @InOrganization({ driveId: 'drive' })
  @Audited<SignUpImportReport>(AuditAction.SIGN_UPS_IMPORTED, ({ args, result }) =>
    result.dryRun ? null : { subjectType: AuditSubjectType.DRIVE, subjectId: args.driveId, details: { imported: result.imported } },
  )
  @Mutation(() => SignUpImportReport, {
    description:
      'Organizers: import sign-ups collected on paper, as CSV text with a header row naming the columns name, email and ' +
      'shiftStartsAt (ISO with zone, or YYYY-MM-DD HH:mm in the drive’s zone), and optionally phone, birthDate, bloodType, ' +
      'teamCode, status (REGISTERED by default), volumeMl (with DONATED), deferralReason and retryOn (with DEFERRED), and ' +
      'healthConsent (yes/no; blank: yes, as the paper form carries it; without it no blood type is stored, and a drive that records outcomes refuses the row). ' +
      'Each sign-up records its consents as given through an import. ' +
      'All rows or none; at most 5,000 rows and 2 MB. No e-mails are sent.',
  })
  importSignUps(
    @Args('driveId', { type: () => ID }) driveId: string,
    @Args('csv') csv: string,
    @Args('dryRun', { type: () => Boolean, nullable: true, description: 'Only check the file and report; write nothing.' }) dryRun: boolean | null,
    @Context('req') req: AppRequest,
  ): Promise<SignUpImportReport> {
    return this.imports.import(driveId, csv, { dryRun: dryRun === true, locale: pickLocale(req.headers['accept-language']) });
  }
}
