import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { SignUpStatus } from '@life-relay/domain';
import { Text } from '../../../common/validation/rules';

@InputType()
export class DriveMessageAudienceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invalidValue' })
  driveId: string;

  @Field(() => [SignUpStatus], { nullable: true, description: 'Only sign-ups in these statuses; none: every status.' })
  @IsOptional()
  @IsArray()
  @IsEnum(SignUpStatus, { each: true, message: 'invalidValue' })
  statuses?: SignUpStatus[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only sign-ups for these shifts; none: every shift.' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true, message: 'invalidValue' })
  shiftIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only sign-ups of these teams; none: every team (and none).' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true, message: 'invalidValue' })
  teamIds?: string[] | null;
}

@InputType()
export class DriveMessageText {
  @Field()
  @Text(200)
  subject: string;

  @Field()
  @Text(2000)
  body: string;
}

@InputType()
export class SendDriveMessageInput extends DriveMessageAudienceInput {
  @Field(() => DriveMessageText, { description: 'The message in English, for those who read English.' })
  @ValidateNested()
  @Type(() => DriveMessageText)
  en: DriveMessageText;

  @Field(() => DriveMessageText, { description: 'The message in Chinese, for those who read Chinese.' })
  @ValidateNested()
  @Type(() => DriveMessageText)
  zhCN: DriveMessageText;
}

@ObjectType()
export class DriveMessageAudience {
  @Field(() => Int, { description: 'How many people the message would reach (each once, whatever their sign-ups).' })
  count: number;

  @Field(() => [String], { description: 'The names of the first of them, alphabetically, to check the filters by.' })
  names: string[];
}

@ObjectType()
export class DriveMessageSent {
  @Field(() => ID, { description: 'The message: its outbox rows’ dedupe keys name it.' })
  id: string;

  @Field(() => ID)
  driveId: string;

  @Field(() => Int, { description: 'How many people it was queued for.' })
  queued: number;
}
