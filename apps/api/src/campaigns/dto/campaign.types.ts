import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { Ranking } from '@life-relay/domain';
import { After, OptionalText, PositiveInt, Text, TimeZone, ValidInstant } from '../../common/validation/rules';

registerEnumType(Ranking, {
  name: 'CampaignRanking',
  description: 'What a contest’s boards rank by; ties go to the next figures, then the name. JOINED is DONATED on a registry drive (sample taken, joined the registry).',
  valuesMap: {
    DONATED: { description: 'Donations, then sign-ups.' },
    JOINED: { description: 'Joined the registry (a registry drive’s DONATED), then sign-ups.' },
    CAME: { description: 'Who came (as public boards count them), then donations, then sign-ups.' },
    SIGN_UPS: { description: 'Sign-ups, then donations.' },
    CONVERSION: { description: 'Donations per sign-up, then donations, then sign-ups.' },
  },
});

/** A contest's public link: /c/<slug>. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

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

  @Field(() => String, { nullable: true, description: 'The public page is /c/<slug>; none without a slug.' })
  slug: string | null;

  @Field(() => Ranking)
  ranking: Ranking;

  @Field({ description: 'IANA zone whose clocks its stage days are: a day starts at midnight there.' })
  timeZone: string;

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

  @Field(() => String, { nullable: true, description: 'Lower-case letters, digits and dashes; publishes the contest at /c/<slug>. null: no public page; left out: unchanged.' })
  @IsOptional()
  @Matches(SLUG, { message: 'invalidSlug' })
  slug?: string | null;

  @Field(() => Ranking, { nullable: true, description: 'A new campaign: DONATED unless told; an update: unchanged unless told.' })
  @IsOptional()
  @IsEnum(Ranking, { message: 'invalidValue' })
  ranking?: Ranking | null;

  @Field(() => String, {
    nullable: true,
    description: 'IANA zone of its stage days. A new campaign: its organization’s latest drive’s zone (Asia/Shanghai without one) unless told; an update: unchanged unless told.',
  })
  @IsOptional()
  @TimeZone()
  timeZone?: string | null;
}

@ObjectType('CampaignStage', { description: 'A stage of a contest: the campaign’s drives that start in its window. Frozen after its end.' })
export class CampaignStageType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its standings were frozen (the first read after its end); null while live.' })
  frozenAt: Date | null;

  @Field(() => Ranking, { description: 'What its boards rank by: the campaign’s, or, once frozen, the one it was frozen with.' })
  ranking: Ranking;
}

@InputType()
export class CampaignStageInput {
  @Field()
  @Text(160)
  name: string;

  @Field()
  @ValidInstant()
  startsAt: Date;

  @Field({ description: 'After startsAt. Stages of a campaign may not overlap (startsAt: stagesOverlap). The standings freeze within a minute of it (or at the first read after it, if sooner).' })
  @ValidInstant()
  @After('startsAt')
  endsAt: Date;
}

@ObjectType('PublicCampaign', { description: 'A contest as its public page /c/<slug> shows it: names, stages, boards with public figures only.' })
export class PublicCampaignType {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Ranking)
  ranking: Ranking;

  @Field({ description: 'IANA zone whose clocks its stage days are: the page says them there.' })
  timeZone: string;

  @Field(() => [CampaignStageType], { description: 'In the order of their start.' })
  stages: CampaignStageType[];
}
