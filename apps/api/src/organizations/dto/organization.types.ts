import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, IsIn, IsOptional } from 'class-validator';
import { REGION_CODES } from '@life-relay/domain';
import { Text } from '../../common/validation/rules';

@ObjectType('EligibilityRules', {
  description: 'Who may donate at an organization’s blood and platelet drives, as its blood service states it. Null: the kind’s default.',
})
export class EligibilityRulesType {
  @Field(() => Int, { nullable: true, description: 'The oldest a first-time donor may be (commonly 55); never above the repeat limit.' })
  firstTimeMaxAge: number | null;

  @Field(() => Int, { nullable: true, description: 'The oldest a repeat donor may be (commonly 60), unless a drive sets its own limit.' })
  repeatMaxAge: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from a whole-blood donation to the next one (default 180, or the installation’s setting).' })
  wholeBloodAfterWholeBloodDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from a whole-blood donation to giving platelets (default 90).' })
  plateletsAfterWholeBloodDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from a platelet donation to the next one (default 14, or the installation’s setting).' })
  plateletsAfterPlateletsDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from a platelet donation to giving whole blood (default 28).' })
  wholeBloodAfterPlateletsDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Platelet donations one person may give in 12 months (default 24).' })
  plateletsPerYear: number | null;
}

@ObjectType('Organization', { description: 'Who runs drives: a blood centre, a Red Cross branch, a registry, a garrison.' })
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => EligibilityRulesType)
  eligibilityRules: EligibilityRulesType;

  @Field(() => String, { nullable: true, description: '"You can donate again" goes only to the people of this city (a region code); null: to everyone.' })
  eligibleAgainRegionCode: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Text(120)
  @Field()
  name: string;
}

@InputType()
export class EligibilityRulesInput {
  // Allowed through the whitelist as they are: the domain's eligibilityRulesProblems checks them,
  // field by field (16 to 80; the first-time limit not above the repeat one).
  @Allow()
  @Field(() => Int, { nullable: true })
  firstTimeMaxAge?: number | null;

  @Allow()
  @Field(() => Int, { nullable: true })
  repeatMaxAge?: number | null;

  // The days between kinds and the platelet cap, checked the same way (eligibilityRulesProblems).
  @Allow()
  @Field(() => Int, { nullable: true })
  wholeBloodAfterWholeBloodDays?: number | null;

  @Allow()
  @Field(() => Int, { nullable: true })
  plateletsAfterWholeBloodDays?: number | null;

  @Allow()
  @Field(() => Int, { nullable: true })
  plateletsAfterPlateletsDays?: number | null;

  @Allow()
  @Field(() => Int, { nullable: true })
  wholeBloodAfterPlateletsDays?: number | null;

  @Allow()
  @Field(() => Int, { nullable: true })
  plateletsPerYear?: number | null;
}

@InputType({ description: 'How far an organization’s unsolicited messages reach.' })
export class MessageReachInput {
  @Field(() => String, {
    nullable: true,
    description: 'Send "you can donate again" only to the people of this city (CN-150100: Hohhot): the one they gave, else that of a drive they signed up at. Null: to everyone.',
  })
  @IsOptional()
  @IsIn(REGION_CODES, { message: 'invalidValue' })
  eligibleAgainRegionCode?: string | null;
}
