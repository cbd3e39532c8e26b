import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, ValidateBy } from 'class-validator';
import { isCalendarDate, SAMPLE_ID_MAX_LENGTH, SignUpStatus } from '@life-relay/domain';
import { IntInRange, OptionalText } from '../../common/validation/rules';

export const OUTCOMES = [SignUpStatus.DONATED, SignUpStatus.DEFERRED, SignUpStatus.NO_SHOW] as const;

@InputType()
export class OutcomeInput {
  @Field(() => SignUpStatus, { description: 'DONATED, DEFERRED or NO_SHOW.' })
  @IsIn(OUTCOMES, { message: 'invalidValue' })
  status: SignUpStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Required with DONATED at a blood or platelet drive: the volume given, in ml. Refused at a stem-cell registry drive (a sample, no volume).',
  })
  @IsOptional()
  @IntInRange(1, 1000)
  volumeMl?: number | null;

  @Field(() => String, { nullable: true, description: 'Required with DEFERRED: why the screening deferred them.' })
  @IsOptional()
  @OptionalText(500)
  deferralReason?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'With DONATED at a stem-cell registry drive, optional: the sample (or kit) id; unique within the drive (BAD_USER_INPUT sampleIdTaken). ' +
      'Refused at other drives. Organizers and the drive’s desk staff see it on the sign-up.',
  })
  @IsOptional()
  @OptionalText(SAMPLE_ID_MAX_LENGTH)
  sampleId?: string | null;

  @Field(() => String, { nullable: true, description: 'With DEFERRED, optional: YYYY-MM-DD when they may try again.' })
  @IsOptional()
  @ValidateBy({ name: 'calendarDate', validator: { validate: (v) => typeof v === 'string' && isCalendarDate(v) } }, { message: 'invalidDate' })
  retryOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Organizers and admins only: record it although today is not one of the drive’s days (in its time zone), e.g. paper forms typed in later. ' +
      'Without it such an outcome is refused (CONFLICT outcomeOutsideDriveDays); kept in the sign-up’s history. Desk staff are refused it (FORBIDDEN).',
  })
  @IsOptional()
  @IsBoolean({ message: 'invalidValue' })
  outsideDriveDays?: boolean | null;
}
