import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsDate, IsEnum, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { BloodType, CallOutAnswer, DriveKind, MessageChannel, REGION_CODES } from '@life-relay/domain';
import { IntInRange, OptionalText, Text } from '../../../common/validation/rules';

@InputType()
export class CallOutInput {
  @Field(() => DriveKind, { description: 'The need: whole blood, platelets, ...' })
  @IsEnum(DriveKind, { message: 'invalidValue' })
  kind: DriveKind;

  @Field(() => [BloodType], { nullable: true, description: 'Only these blood types (e.g. RhD-negative); none: every type.' })
  @IsOptional()
  @IsArray()
  @IsEnum(BloodType, { each: true, message: 'invalidValue' })
  bloodTypes?: BloodType[] | null;

  @Field(() => ID, { nullable: true, description: 'The drive to sign up for, linked from the message.' })
  @IsOptional()
  @IsUUID('all', { message: 'invalidValue' })
  driveId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only volunteers of this city (CN-150100: Hohhot): the one they gave, else that of a drive they signed up for.' })
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'invalidValue' })
  regionCode?: string | null;

  @Field({ description: 'What the organizer has to say, in the words volunteers will read.' })
  @Text(2000)
  message: string;

  @Field(() => Int, { nullable: true, description: 'The need: how many people must come (the tally counts against it).' })
  @IsOptional()
  @IntInRange(1, 10000)
  peopleNeeded?: number | null;

  @Field(() => String, { nullable: true, description: 'The need: where to come.' })
  @IsOptional()
  @IsString({ message: 'invalidValue' })
  @OptionalText(200)
  place?: string | null;

  @Field(() => Date, { nullable: true, description: 'The need: by when.' })
  @IsOptional()
  @IsDate({ message: 'invalidValue' })
  neededBy?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only people whose blood type the desk or the blood service verified.' })
  @IsOptional()
  @IsBoolean({ message: 'invalidValue' })
  verifiedOnly?: boolean | null;
}

@InputType({ description: 'The next wave of a call-out: another group, or a wider region (none: every region).' })
export class CallOutWaveInput {
  @Field(() => [BloodType], { nullable: true, description: 'The blood types of this wave; none: the call-out’s.' })
  @IsOptional()
  @IsArray()
  @IsEnum(BloodType, { each: true, message: 'invalidValue' })
  bloodTypes?: BloodType[] | null;

  @Field(() => String, { nullable: true, description: 'The city of this wave (CN-150200: Baotou), as CallOutInput.regionCode; none: every city.' })
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'invalidValue' })
  regionCode?: string | null;
}

@ObjectType('CallOutAudienceMember', { description: 'Someone a call-out would ask, and how.' })
export class CallOutAudienceMember {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => BloodType, { nullable: true })
  bloodType: BloodType | null;

  @Field()
  bloodTypeVerified: boolean;

  @Field(() => String, { description: 'SMS where the person gave a phone, EMAIL otherwise.' })
  channel: MessageChannel;
}

@ObjectType('CallOut')
export class CallOutType {
  @Field(() => ID)
  id: string;

  @Field(() => DriveKind)
  kind: DriveKind;

  @Field(() => [BloodType])
  bloodTypes: BloodType[];

  @Field(() => ID, { nullable: true })
  driveId: string | null;

  @Field()
  message: string;

  @Field(() => Int)
  audienceCount: number;

  @Field({ description: 'Who sent it.' })
  sentBy: string;

  @Field(() => Int, { nullable: true })
  peopleNeeded: number | null;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => Date, { nullable: true })
  neededBy: Date | null;

  @Field(() => String, { nullable: true, description: 'The city (a code of the region list) of the latest wave; null: every city.' })
  regionCode: string | null;

  @Field()
  verifiedOnly: boolean;

  @Field(() => Int, { description: 'How many waves went out.' })
  waves: number;

  @Field(() => Int, { description: 'People who answered "I can come".' })
  yesCount: number;

  @Field(() => Int, { description: 'People who answered "I can’t".' })
  noCount: number;

  @Field()
  createdAt: Date;
}

@ObjectType('CallOutAsk', { description: 'What a call-out’s answer link shows its person: the need and their answer so far, nobody’s name or contact.' })
export class CallOutAskType {
  @Field(() => DriveKind)
  kind: DriveKind;

  @Field(() => [BloodType], { description: 'The groups asked for; none: every group.' })
  bloodTypes: BloodType[];

  @Field({ description: 'What the organizer wrote.' })
  message: string;

  @Field(() => Int, { nullable: true })
  peopleNeeded: number | null;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => Date, { nullable: true })
  neededBy: Date | null;

  @Field({ description: 'Who asks.' })
  organizationName: string;

  @Field(() => CallOutAnswer, { nullable: true, description: 'The answer given so far (by link or SMS reply); null: none yet.' })
  answer: CallOutAnswer | null;

  @Field({ description: 'False once the call-out closed (its "by when" passed, or a week after it was sent when it named none): answers are no longer taken.' })
  open: boolean;

  // The page opens in the language the message was written in, whatever the phone's language.
  // Told only to the link's holder (the person asked, or whoever they passed the link to), who
  // learns nothing else about them: their language is already plain from the message itself.
  // Carried here rather than as a ?lang= in the link: links already delivered (and their short
  // links) keep working, and an SMS stays as short as it was.
  @Field({ description: 'The language the person asked chose when they signed up (en or zh-CN), which their message was in: the page opens in it.' })
  locale: string;
}
