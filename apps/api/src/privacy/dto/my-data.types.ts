// The public surface of a person's own data (contract v2: MyData, MySignUp, Consent), with more
// than the contract names: everything stored about them is shown, downloaded and explained.
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, ValidateBy } from 'class-validator';
import { BloodTypeSource, DriveKind, normalizePhone, SIGN_UP_FIELD_LIMITS as LIMIT, SignUpStatus } from '@life-relay/domain';
import { Email, OptionalText, Text } from '../../common/validation/rules';
import { PersonDetails, RecordedOutcome } from '../../sign-ups/dto/roster.types';

@ObjectType({ description: 'One consent a person gave, with its version; withdrawn when withdrawnAt is set.' })
export class Consent {
  @Field({ description: 'GENERAL (the form’s consent), HEALTH (healthConsent) or CALL_OUTS.' })
  scope: string;

  @Field()
  version: string;

  @Field(() => Date)
  givenAt: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How it was given: FORM, IMPORT (an organizer’s list), DESK or ME (this page).' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'The drive it was given for, if any.' })
  driveTitle?: string | null;
}

@ObjectType({ description: 'A change of a sign-up’s status recorded by staff (check-in, outcome, correction).' })
export class MySignUpEvent {
  @Field(() => SignUpStatus)
  fromStatus: SignUpStatus;

  @Field(() => SignUpStatus)
  toStatus: SignUpStatus;

  @Field()
  correction: boolean;

  @Field({ description: 'What was recorded with it (volume, deferral reason, retry date), as JSON.' })
  details: string;

  @Field(() => Date)
  at: Date;
}

@ObjectType({ description: 'One of the person’s sign-ups, with its outcome.' })
export class MySignUp extends RecordedOutcome {
  @Field()
  driveTitle: string;

  @Field(() => DriveKind, { description: 'At a STEM_CELL_REGISTRY drive DONATED means the person joined the registry (sampleId), no donation.' })
  driveKind: DriveKind;

  @Field(() => Date)
  shiftStartsAt: Date;

  @Field(() => SignUpStatus)
  status: SignUpStatus;

  @Field(() => Date)
  shiftEndsAt: Date;

  @Field()
  location: string;

  @Field({ description: 'The organization that runs the drive and keeps this sign-up.' })
  organizationName: string;

  @Field(() => String, { nullable: true })
  teamName: string | null;

  @Field({ description: 'How the share reached the person (LINK, QR, POSTER, CHAT, WALK_IN, IMPORT, OTHER).' })
  channel: string;

  @Field(() => String, { nullable: true, description: 'The raw source of the link followed.' })
  source: string | null;

  @Field(() => Date)
  signedUpAt: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;


  @Field({ description: 'The version of the consent text agreed to with this sign-up.' })
  consentVersion: string;

  @Field(() => [MySignUpEvent])
  history: MySignUpEvent[];
}

@ObjectType({ description: 'A donation: a sign-up that ended DONATED.' })
export class MyDonation {
  @Field()
  driveTitle: string;

  @Field(() => Date)
  donatedAt: Date;

  @Field(() => Int, { nullable: true })
  volumeMl: number | null;

  @Field({ description: 'The kind of drive (WHOLE_BLOOD, PLATELETS, STEM_CELL_REGISTRY, ...).' })
  kind: string;
}

@ObjectType({ description: 'What the person said about donations they gave elsewhere: self-reported, not recorded at a drive.' })
export class MySelfReportedDonations {
  @Field(() => Int, { nullable: true, description: 'How many times they said they donated before, elsewhere.' })
  count: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last donation they said they gave elsewhere.' })
  lastDonatedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Its kind: WHOLE_BLOOD or PLATELETS.' })
  lastKind: string | null;

  @Field(() => Date)
  reportedAt: Date;
}

@ObjectType({ description: 'A message sent (or to be sent) to the person, as the outbox keeps it: links that are keys masked.' })
export class MyMessage {
  @Field()
  purpose: string;

  @Field()
  channel: string;

  @Field()
  recipient: string;

  @Field()
  state: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The text as sent; cleared some time after sending.' })
  body: string | null;
}

@ObjectType({ description: 'A kind of message the person may turn off, and whether they receive it.' })
export class MyMessageKind {
  @Field({ description: 'The purpose: SHIFT_REMINDER, THANK_YOU, ELIGIBLE_AGAIN, DEFERRAL_FOLLOW_UP or CALL_OUT.' })
  purpose: string;

  @Field()
  receiving: boolean;
}

@ObjectType({ description: 'Everything stored about a person, as they see it behind their /me/<token> link.' })
export class MyData extends PersonDetails {
  @Field({ description: 'False: the blood type is as the person reported it.' })
  bloodTypeVerified: boolean;

  @Field(() => BloodTypeSource, { nullable: true, description: 'Who verified the blood type: the desk (a typing card, a lab result) or the blood service’s records; null while self-reported.' })
  bloodTypeSource: BloodTypeSource | null;

  @Field(() => Date, { nullable: true })
  bloodTypeVerifiedAt: Date | null;

  @Field(() => [String], { description: 'Verified extended phenotypes, e.g. ["C+", "c-", "K-"].' })
  phenotypes: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last donation the blood service’s records show (from its file).' })
  bloodServiceDonatedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The city the person gave (a code of the region list).' })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: 'What the organizers noted about when the person can come.' })
  availabilityNotes: string | null;

  @Field(() => [MySignUp])
  signUps: MySignUp[];

  @Field(() => [Consent])
  consents: Consent[];

  @Field(() => Date, { nullable: true })
  emailVerifiedAt: Date | null;

  @Field(() => Date, { nullable: true })
  phoneVerifiedAt: Date | null;

  @Field({ description: 'How messages reach the person: EMAIL or SMS.' })
  channel: string;

  @Field({ description: 'The language messages are written in.' })
  locale: string;

  @Field({ description: 'Agreed to be asked in urgent call-outs.' })
  callOutOptIn: boolean;

  @Field(() => Date, { nullable: true, description: 'When the person unsubscribed with one click from every unsolicited message.' })
  unsubscribedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => [MyDonation])
  donations: MyDonation[];

  @Field(() => MySelfReportedDonations, { nullable: true, description: 'Donations elsewhere, as the person reported them; null: none reported.' })
  selfReportedDonations: MySelfReportedDonations | null;

  @Field(() => Int, { description: 'Every donation: those recorded (donations) and those self-reported (selfReportedCount of them).' })
  donationCount: number;

  @Field(() => Int, { description: 'How many of donationCount are self-reported.' })
  selfReportedCount: number;

  @Field(() => [MyMessage])
  messages: MyMessage[];

  @Field(() => [MyMessageKind])
  messageKinds: MyMessageKind[];
}

const PhoneNumber = () =>
  ValidateBy(
    { name: 'phone', validator: { validate: (v) => v === null || v === undefined || (typeof v === 'string' && normalizePhone(v) !== null) } },
    { message: 'invalidPhone' },
  );

@InputType({ description: 'A person’s corrections; what is left out stays. A new contact needs the code requestMyContactCode sent to it.' })
export class MyDataInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LIMIT.name)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Email(LIMIT.email)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The code sent to the new e-mail address.' })
  @IsOptional()
  @OptionalText(12)
  emailCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(LIMIT.phone)
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'The code sent to the new phone number.' })
  @IsOptional()
  @OptionalText(12)
  phoneCode?: string | null;
}
