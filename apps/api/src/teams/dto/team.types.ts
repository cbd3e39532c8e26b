import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Email, OptionalText, Text } from '../../common/validation/rules';
import { Paginated } from '../../common/pagination/connection';

@ObjectType('College')
export class CollegeType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Team')
export class TeamType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Short code for share links and QR codes; never changes.' })
  code: string;

  /** Resolved by field resolver from collegeId. */
  collegeId: string | null;

  /** Set when the team was loaded with its college (leaderboards): answered without the resolver. */
  college?: CollegeType | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class TeamConnection extends Paginated(TeamType, 'Team') {}

@InputType()
export class CreateCollegeInput {
  @Field()
  @Text(160)
  name: string;
}

@InputType()
export class CreateTeamInput {
  @Field(() => ID, { nullable: true, description: 'The organization the team recruits for; default: the caller’s own (an admin’s: the first).' })
  @IsOptional()
  organizationId?: string | null;

  @Field()
  @Text(120)
  name: string;

  @Field(() => String, { nullable: true, description: 'The college, found or created by name.' })
  @IsOptional()
  @OptionalText(160)
  collegeName?: string | null;

  @Field(() => ID, { nullable: true, description: 'An existing college; takes precedence over collegeName.' })
  @IsOptional()
  @IsUUID('all', { message: 'unknownCollege' })
  collegeId?: string | null;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(120)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Move the team to this college (found or created by name).' })
  @IsOptional()
  @OptionalText(160)
  collegeName?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'unknownCollege' })
  collegeId?: string | null;
}

@ObjectType()
export class CollegeWithTeams extends CollegeType {
  @Field(() => Int)
  teamCount: number;
}

@InputType({ description: 'A co-lead a team lead invites into their own team: always a team lead of that team, nothing more.' })
export class InviteCoLeadInput {
  @Field()
  @Email()
  email: string;

  @Field()
  @Text(120)
  name: string;
}

@ObjectType({ description: 'A lead of a team as its leads see one another: a name and whether they accepted, no contact.' })
export class CoLead {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field({ description: 'They have set a password (accepted the invitation) and the account is not deactivated.' })
  accepted: boolean;

  @Field({ description: 'The caller.' })
  you: boolean;

  @Field({ description: 'When they became a lead of this team.' })
  since: Date;
}
