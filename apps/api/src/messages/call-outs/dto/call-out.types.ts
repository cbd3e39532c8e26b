import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';
import { BloodType, DriveKind, REGION_CODES } from '@life-relay/domain';
import { Text } from '../../../common/validation/rules';

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

  @Field()
  createdAt: Date;
}
