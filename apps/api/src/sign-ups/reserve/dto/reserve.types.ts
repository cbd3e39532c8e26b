// The reserve roster (issue 23): volunteers a blood service can call on, with how sure it is of
// their blood type. Personal and health data: organizers and viewers only, never team leads.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { BloodType, BloodTypeSource, REGION_CODES } from '@life-relay/domain';

registerEnumType(BloodTypeSource, { name: 'BloodTypeSource', description: 'Where a verified blood type comes from: the desk (a typing card, a lab result) or the blood service’s records.' });

export enum ReserveSort {
  NAME = 'NAME',
  /** Who may donate soonest first (those who may today, then by date). */
  NEXT_ELIGIBLE = 'NEXT_ELIGIBLE',
  /** Most recent donation first; those who never donated here last. */
  LAST_DONATION = 'LAST_DONATION',
}
registerEnumType(ReserveSort, { name: 'ReserveSort' });

@InputType()
export class ReserveRosterFilter {
  @Field(() => [BloodType], { nullable: true, description: 'Only these blood types (e.g. every RhD-negative one); none: every type.' })
  @IsOptional()
  @IsArray()
  @IsEnum(BloodType, { each: true, message: 'invalidValue' })
  bloodTypes?: BloodType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only types verified by the desk or the blood service (not self-reported).' })
  @IsOptional()
  @IsBoolean({ message: 'invalidValue' })
  verifiedOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only people who agreed to be asked in urgent call-outs (and did not unsubscribe).' })
  @IsOptional()
  @IsBoolean({ message: 'invalidValue' })
  optedInOnly?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only people of this city (CN-150100: Hohhot): the one they gave, else that of a drive they signed up for.',
  })
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'invalidValue' })
  regionCode?: string | null;

  @Field(() => ReserveSort, { nullable: true, description: 'NAME unless told.' })
  @IsOptional()
  @IsEnum(ReserveSort, { message: 'invalidValue' })
  sort?: ReserveSort | null;
}

@ObjectType('ReserveVolunteer', { description: 'A volunteer on the organization’s reserve roster.' })
export class ReserveVolunteerType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => BloodType, { nullable: true })
  bloodType: BloodType | null;

  @Field({ description: 'False: the type is as the person reported it.' })
  bloodTypeVerified: boolean;

  @Field(() => BloodTypeSource, { nullable: true })
  bloodTypeSource: BloodTypeSource | null;

  @Field(() => Date, { nullable: true })
  bloodTypeVerifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The name of who verified it (null once their account is gone).' })
  bloodTypeVerifiedBy: string | null;

  @Field(() => [String], { description: 'Verified extended phenotypes, e.g. ["C+", "c-", "E-", "e+", "K-"].' })
  phenotypes: string[];

  @Field(() => String, { nullable: true, description: 'The city the person gave (a code of the region list); null: not given.' })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: 'The location of the organization’s drive they last signed up for.' })
  lastDriveLocation: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: their last whole-blood or platelet donation: at the organization’s drives, as they reported giving elsewhere, or as the blood service recorded it.' })
  lastDonatedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the first day they may give whole blood again by the organization’s intervals between kinds (after whole blood or platelets, recorded or self-reported); null: they may now.' })
  nextEligibleOn: string | null;

  @Field({ description: 'Agreed to be asked in urgent call-outs and did not unsubscribe.' })
  callOutOptIn: boolean;

  @Field(() => String, { nullable: true })
  availabilityNotes: string | null;
}

@InputType()
export class VerifyBloodTypeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invalidValue' })
  volunteerId: string;

  @Field(() => BloodType)
  @IsEnum(BloodType, { message: 'invalidValue' })
  bloodType: BloodType;

  @Field(() => BloodTypeSource, { nullable: true, description: 'DESK unless told.' })
  @IsOptional()
  @IsEnum(BloodTypeSource, { message: 'invalidValue' })
  source?: BloodTypeSource | null;

  @Field(() => [String], { nullable: true, description: 'Extended phenotypes seen on the same card or record: "C+", "c-", "E-", "e+", "K-" ...; none: none recorded.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6, { message: 'invalidValue' })
  @IsString({ each: true, message: 'invalidValue' })
  phenotypes?: string[] | null;
}

@ObjectType('ReserveRosterExport')
export class ReserveRosterExport {
  @Field({ description: 'The file: a header line, then one line per person.' })
  csv: string;

  @Field(() => Int)
  rows: number;
}
