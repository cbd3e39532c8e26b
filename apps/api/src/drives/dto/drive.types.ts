import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { DriveKind, DriveStatus, REGION_CODES } from '@life-relay/domain';
import { Paginated } from '../../common/pagination/connection';
import { After, IntInRange, OptionalText, PositiveInt, Text, TimeZone, ValidInstant } from '../../common/validation/rules';

registerEnumType(DriveKind, { name: 'DriveKind' });
registerEnumType(DriveStatus, { name: 'DriveStatus' });

@ObjectType('Shift')
export class ShiftType {
  @Field(() => ID)
  id: string;

  driveId: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { description: 'Places taken: everyone signed up who is not cancelled or waitlisted.' })
  registeredCount: number;

  @Field(() => Int)
  waitlistCount: number;
}

/** What anyone may know about a drive: shared by the organizers' Drive and the public page. */
@ObjectType({ isAbstract: true })
export abstract class DriveFacts {
  @Field({ description: 'Readable, unique; the public page is /d/<slug>.' })
  slug: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'What to bring, who can donate.' })
  description: string | null;

  @Field(() => DriveKind)
  kind: DriveKind;

  @Field(() => DriveStatus)
  status: DriveStatus;

  @Field()
  location: string;

  @Field(() => String, { nullable: true, description: 'The city it happens in: a region code of the list in libs/domain (CN-150100: Hohhot).' })
  regionCode: string | null;

  @Field({ description: 'IANA time zone the drive happens in; show times in it.' })
  timeZone: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@ObjectType('Drive')
export class DriveType extends DriveFacts {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  signUpGoal: number | null;

  @Field(() => Int, { nullable: true })
  donationGoal: number | null;

  @Field(() => String, { nullable: true, description: 'Its announcement, when published, goes only to the people of this city (a region code); null: to everyone.' })
  announceRegionCode: string | null;

  @Field(() => Int, { nullable: true, description: 'Youngest age allowed on the day; null: the default of the kind.' })
  minAge: number | null;

  @Field(() => Int, { nullable: true })
  maxAge: number | null;

  @Field(() => [Int])
  reminderHoursBefore: number[];

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class DriveConnection extends Paginated(DriveType, 'Drive') {}

@InputType()
export class ShiftInput {
  @Field()
  @ValidInstant()
  startsAt: Date;

  @Field()
  @ValidInstant()
  @After('startsAt')
  endsAt: Date;

  @Field(() => Int)
  @PositiveInt(100_000)
  capacity: number;
}

@InputType()
export class UpdateShiftInput {
  @Field({ nullable: true })
  @IsOptional()
  @ValidInstant()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @ValidInstant()
  @After('startsAt')
  endsAt?: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @PositiveInt(100_000)
  capacity?: number;
}

const MAX_SHIFTS = 200;

/** Fields a drive has whether it is created or edited. */
@InputType({ isAbstract: true })
abstract class DriveDetails {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(4000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The city it happens in (CN-150100: Hohhot); null: not said. Public drive lists group by it.' })
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'invalidValue' })
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Announce it, when published, only to the people of this city (CN-150100: Hohhot; usually the drive’s own): the one they gave, else that of a drive they signed up at. Null: to everyone.',
  })
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'invalidValue' })
  announceRegionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, default Asia/Shanghai.' })
  @IsOptional()
  @TimeZone()
  timeZone?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @PositiveInt()
  signUpGoal?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @PositiveInt()
  donationGoal?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IntInRange(0, 120)
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IntInRange(0, 120)
  maxAge?: number | null;

  @Field(() => ID, { nullable: true, description: 'The campaign this drive belongs to; null for none.' })
  @IsOptional()
  @IsUUID('all', { message: 'unknownCampaign' })
  campaignId?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Hours before a shift that reminders go out; default [24, 2].' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { message: 'tooManyItems', context: { max: 5 } })
  @IntInRange(1, 720, { each: true })
  reminderHoursBefore?: number[];
}

@InputType()
export class CreateDriveInput extends DriveDetails {
  @Field(() => ID, { nullable: true, description: 'The organization that runs the drive; default: the caller’s own (an admin’s: the first).' })
  @IsOptional()
  organizationId?: string | null;

  @Field()
  @Text(160)
  title: string;

  @Field(() => DriveKind)
  @IsEnum(DriveKind, { message: 'invalidValue' })
  kind: DriveKind;

  @Field()
  @Text(300)
  location: string;

  @Field()
  @ValidInstant()
  startsAt: Date;

  @Field()
  @ValidInstant()
  @After('startsAt')
  endsAt: Date;

  @Field(() => [ShiftInput], { nullable: true, description: 'Shifts to create with the drive.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SHIFTS, { message: 'tooManyItems', context: { max: MAX_SHIFTS } })
  @ValidateNested({ each: true })
  @Type(() => ShiftInput)
  shifts?: ShiftInput[];
}

@InputType()
export class UpdateDriveInput extends DriveDetails {
  @Field({ nullable: true })
  @IsOptional()
  @Text(160)
  title?: string;

  @Field(() => DriveKind, { nullable: true })
  @IsOptional()
  @IsEnum(DriveKind, { message: 'invalidValue' })
  kind?: DriveKind;

  @Field({ nullable: true })
  @IsOptional()
  @Text(300)
  location?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ValidInstant()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @ValidInstant()
  @After('startsAt')
  endsAt?: Date;
}

@ObjectType('UpcomingDrive', { description: 'A published drive to come, as the public /drives page lists it: only what its own page shows.' })
export class UpcomingDriveType extends DriveFacts {}
