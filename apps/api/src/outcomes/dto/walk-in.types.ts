// The desk's walk-in form: a person who came to the drive without signing up. The fields and their
// rules are the public form's (SignUpInput); what the desk knows instead of a share link (the
// drive, a team chosen from a list, the shift) is named by id.
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, IsBoolean, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';
import { BloodType, DriveKind, LOCALES, SIGN_UP_FIELD_LIMITS as LIMIT } from '@life-relay/domain';
import { Email, OptionalText, Text } from '../../common/validation/rules';
import { CalendarDate, NotInFuture, PhoneNumber } from '../../sign-ups/dto/sign-up.types';
import { SignUpType } from '../../sign-ups/dto/roster.types';

@InputType()
export class WalkInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invalidValue' })
  driveId: string;

  @Field(() => ID, { nullable: true, description: 'One of the drive’s shifts; none: the shift in progress now.' })
  @IsOptional()
  @IsUUID('all', { message: 'shiftNotInDrive' })
  shiftId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team that brought the person, one of the drive’s organization’s (deskTeams).' })
  @IsOptional()
  @IsUUID('all', { message: 'unknownTeam' })
  teamId?: string | null;

  @Field()
  @Text(LIMIT.name)
  name: string;

  @Field(() => String, { nullable: true, description: 'E-mail or phone (at least one). No code: the desk sees the person.' })
  @IsOptional()
  @Email(LIMIT.email)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(LIMIT.phone)
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; checked against the drive’s age window as on the form.' })
  @IsOptional()
  @CalendarDate()
  @NotInFuture()
  birthDate?: string | null;

  @Field(() => BloodType, { nullable: true, description: 'Stored only with the health consent.' })
  @IsOptional()
  @IsEnum(BloodType, { message: 'invalidValue' })
  bloodType?: BloodType | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The person signed the consent to health data (publicDrive.healthConsentText) at the desk: recorded as given at the desk. ' +
      'Required where the drive records outcomes; without it no blood type is stored.',
  })
  @IsOptional()
  @IsBoolean({ message: 'invalidValue' })
  healthConsent?: boolean | null;

  // Self-reported donations elsewhere (issue 22), as on the form: the domain's selfReportProblems checks them.
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day of the last donation the person gave elsewhere (self-reported; with its kind).' })
  @Allow()
  donatedElsewhereOn?: string | null;

  @Field(() => DriveKind, { nullable: true, description: 'WHOLE_BLOOD or PLATELETS: the kind of that donation.' })
  @Allow()
  donatedElsewhereKind?: DriveKind | null;

  @Field(() => Int, { nullable: true, description: 'How many times the person says they donated before, elsewhere.' })
  @Allow()
  earlierDonations?: number | null;

  @Field(() => String, { nullable: true, description: 'Language for their messages (a thank-you): en or zh-CN; default from Accept-Language.' })
  @IsOptional()
  @IsIn(LOCALES, { message: 'invalidLocale' })
  locale?: string | null;
}

@ObjectType()
export class WalkInResult {
  @Field(() => SignUpType, { description: 'The person’s sign-up for the drive, checked in; or the one they had already.' })
  signUp: SignUpType;

  @Field({ description: 'The person had signed up for this drive already: that sign-up, unchanged (check them in from their card).' })
  duplicate: boolean;

  @Field({ description: 'The shift was full: it grew by the place the walk-in took (the person is here; they are not turned away).' })
  placeAdded: boolean;
}

@ObjectType({ description: 'A team the desk can credit a walk-in to: names only.' })
export class DeskTeam {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  collegeName: string | null;
}
