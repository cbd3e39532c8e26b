import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { OptionalText, PositiveInt, Text } from '../../common/validation/rules';

@ObjectType('Campaign', { description: 'An umbrella over several drives (a season, a registry week) with its own goals.' })
export class CampaignType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { nullable: true })
  signUpGoal: number | null;

  @Field(() => Int, { nullable: true })
  donationGoal: number | null;

  @Field()
  createdAt: Date;
}

@InputType()
export class CampaignInput {
  @Field()
  @Text(160)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(4000)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @PositiveInt()
  signUpGoal?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @PositiveInt()
  donationGoal?: number | null;
}
