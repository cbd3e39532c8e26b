import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Allow, Equals, IsBoolean, IsEnum, IsIn, IsOptional, IsUUID, ValidateBy } from 'class-validator';
import { BloodType, DriveKind, isCalendarDate, LOCALES, normalizePhone, REGION_CODES, SIGN_UP_FIELD_LIMITS as LIMIT, SignUpChannel, SignUpStatus } from '@life-relay/domain';
import { Email, OptionalText, Text } from '../../common/validation/rules';
import { DriveFacts } from '../../drives/dto/drive.types';

registerEnumType(SignUpStatus, { name: 'SignUpStatus' });
registerEnumType(BloodType, { name: 'BloodType' });
registerEnumType(SignUpChannel, { name: 'SignUpChannel', description: 'How the share reached the volunteer.' });

/** Shared with the desk's walk-in form (outcomes/dto/walk-in.types.ts): one rule for a phone, a date, a birth date. */
export const PhoneNumber = () =>
  ValidateBy(
    { name: 'phone', validator: { validate: (v) => v === null || v === undefined || (typeof v === 'string' && normalizePhone(v) !== null) } },
    { message: 'invalidPhone' },
  );

export const CalendarDate = () =>
  ValidateBy(
    { name: 'calendarDate', validator: { validate: (v) => typeof v === 'string' && isCalendarDate(v) && v >= '1900-01-01' } },
    { message: 'invalidDate' },
  );

export const NotInFuture = () =>
  ValidateBy(
    { name: 'notInFuture', validator: { validate: (v) => typeof v !== 'string' || !isCalendarDate(v) || v <= new Date().toISOString().slice(0, 10) } },
    { message: 'birthDateInFuture' },
  );

@InputType()
export class SignUpInput {
  @Field()
  @Text(100)
  driveSlug: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'shiftNotInDrive' })
  shiftId: string;

  @Field({ description: 'As the volunteer writes it, in any script.' })
  @Text(LIMIT.name)
  name: string;

  @Field(() => String, { nullable: true, description: 'E-mail or phone (at least one); the one-time code proves one of them.' })
  @IsOptional()
  @Email(LIMIT.email)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The one-time code requestSignUpCode sent to the e-mail address or the phone; required.' })
  @IsOptional()
  @OptionalText(12)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'A Chinese mobile number or an international number with +.' })
  @IsOptional()
  @OptionalText(LIMIT.phone)
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'The code of the team whose link or poster brought the volunteer.' })
  @IsOptional()
  @OptionalText(LIMIT.teamCode)
  teamCode?: string | null;

  @Field(() => BloodType, { nullable: true })
  @IsOptional()
  @IsEnum(BloodType, { message: 'invalidValue' })
  bloodType?: BloodType | null;

  @Field(() => String, { nullable: true, description: 'Your city (CN-150100: Hohhot), for call-outs and new drives near you; kept once given.' })
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'invalidValue' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @CalendarDate()
  @NotInFuture()
  birthDate?: string | null;

  @Field({ description: 'Agreement to the consent text of the form (publicDrive.consentText).' })
  @Equals(true, { message: 'consentRequired' })
  consent: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Separate, explicit consent to the health data of this drive (publicDrive.healthConsentText): blood type and screening outcomes. ' +
      'Required where the drive records outcomes (publicDrive.healthConsentRequired); without it a blood type is not stored.',
  })
  @IsOptional()
  @IsBoolean({ message: 'invalidValue' })
  healthConsent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Agrees to be asked in urgent call-outs (rare blood groups, platelets for a patient).' })
  @IsOptional()
  @IsBoolean({ message: 'invalidValue' })
  callOuts?: boolean | null;

  // Self-reported donations elsewhere (issue 22): checked by the domain's selfReportProblems, the
  // one rule the form and the desk share, so they pass the whitelist as they are.
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day of the last donation given elsewhere (self-reported; with its kind).' })
  @Allow()
  donatedElsewhereOn?: string | null;

  @Field(() => DriveKind, { nullable: true, description: 'WHOLE_BLOOD or PLATELETS: the kind of that donation.' })
  @Allow()
  donatedElsewhereKind?: DriveKind | null;

  @Field(() => Int, { nullable: true, description: 'How many times the person donated before, elsewhere (self-reported; counts toward milestones).' })
  @Allow()
  earlierDonations?: number | null;

  @Field(() => String, { nullable: true, description: 'The `source` of the share link: link, qr, poster, chat, ...' })
  @IsOptional()
  @OptionalText(LIMIT.source)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Language for messages: en or zh-CN; default from Accept-Language.' })
  @IsOptional()
  @IsIn(LOCALES, { message: 'invalidLocale' })
  locale?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The personal referral code of the volunteer whose link brought this person (the `ref` of their share link). ' +
      'An unknown code, one of another drive or the person’s own is ignored, exactly as no code.',
  })
  @IsOptional()
  @OptionalText(LIMIT.referralCode)
  referrer?: string | null;
}

@ObjectType()
export class SignUpReceipt {
  @Field(() => SignUpStatus)
  status: SignUpStatus;

  @Field()
  duplicate: boolean;

  @Field(() => String, { nullable: true, description: 'Only when this submission created the sign-up.' })
  manageToken: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'With the manage token only: the ticket (base32) the check-in desk scans, shown as a QR code of "LR1:<ticket>". Opens nothing but the card at the desk of this drive.',
  })
  ticket?: string | null;

  @Field()
  shiftStartsAt: Date;

  @Field()
  shiftEndsAt: Date;

  @Field(() => Int, { nullable: true, description: 'Place in the waitlist (1 is next), when waitlisted.' })
  waitlistPosition: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'This volunteer’s own referral code, for their personal share link (shareLinkPath): only when this submission created the sign-up.',
  })
  referralCode: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'At a stem-cell registry drive, with a new sign-up only: YYYY-MM-DD since when this person is in the organization’s registry (joined at an earlier registry drive), ' +
      'so no new sample is needed and they are not counted again; null when they are not.',
  })
  alreadyInRegistrySince?: string | null;
}

@ObjectType()
export class PublicShift {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  spotsLeft: number;

  @Field(() => Int, { description: 'People waiting for a place.' })
  waitlistCount: number;
}

@ObjectType()
export class PublicTeam {
  @Field()
  name: string;

  @Field()
  code: string;

  @Field(() => String, { nullable: true })
  collegeName: string | null;
}

@ObjectType()
export class PublicDrive extends DriveFacts {
  @Field(() => ID, { description: 'For the public leaderboard query.' })
  id: string;

  signUpGoal: number | null;
  donationGoal: number | null;
  /** Not a field: whose shortage levels the page shows. */
  organizationId: string;

  @Field(() => [PublicShift])
  shifts: PublicShift[];

  @Field(() => Int, { nullable: true, description: 'Youngest age allowed on the day of the shift.' })
  minAge: number | null;

  @Field(() => Int, { nullable: true })
  maxAge: number | null;

  @Field(() => PublicTeam, { nullable: true, description: 'The team of the link’s code, when it names one.' })
  team: PublicTeam | null;

  @Field({ description: 'The exact consent text the form shows, in the requested language.' })
  consentText: string;

  @Field()
  consentVersion: string;

  @Field({ description: 'The exact text of the separate consent to health data (blood type, screening outcomes), in the requested language.' })
  healthConsentText: string;

  @Field()
  healthConsentVersion: string;

  @Field({ description: 'Whether this drive records screening outcomes, so that signing up needs the health consent.' })
  healthConsentRequired: boolean;

  @Field({ description: 'The text of the opt-in to urgent call-outs, in the requested language.' })
  callOutsConsentText: string;
}

@ObjectType()
export class ManagedSignUp {
  /** Not a field: what the fields other features resolve on the volunteer's own view read by. */
  signUpId: string;

  @Field(() => SignUpStatus)
  status: SignUpStatus;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => PublicDrive)
  drive: PublicDrive;

  @Field(() => PublicShift)
  shift: PublicShift;

  @Field(() => String, { nullable: true })
  teamName: string | null;

  @Field(() => String, { nullable: true, description: 'The ticket the check-in desk scans (a QR code of "LR1:<ticket>"); null once cancelled.' })
  ticket: string | null;

  @Field(() => Int, { nullable: true })
  waitlistPosition: number | null;
}

@InputType()
export class ChangeShiftInput {
  @Field()
  @Text(200)
  manageToken: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'shiftNotInDrive' })
  shiftId: string;
}
