import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Email, Text } from '../../common/validation/rules';
import { TeamRequestStatus } from '../team-request.entity';

registerEnumType(TeamRequestStatus, { name: 'TeamRequestStatus' });

@InputType({ description: 'A college coordinator asks for a team; an organizer approves it.' })
export class RequestTeamInput {
  @Field()
  @Text(160)
  collegeName: string;

  @Field()
  @Text(120)
  teamName: string;

  @Field()
  @Text(120)
  coordinatorName: string;

  @Field()
  @Email()
  coordinatorEmail: string;
}

@ObjectType('TeamRequest')
export class TeamRequestType {
  @Field(() => ID)
  id: string;

  @Field()
  collegeName: string;

  @Field()
  teamName: string;

  @Field()
  coordinatorName: string;

  @Field()
  coordinatorEmail: string;

  @Field(() => TeamRequestStatus)
  status: TeamRequestStatus;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The team an approval made.' })
  teamId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'What became of one request of a bulk approval: approved (with its team), or why not.' })
export class TeamRequestDecision {
  @Field(() => TeamRequestType)
  request: TeamRequestType;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was not approved: alreadyDecided, or emailBelongsToAnotherAccount (the e-mail has an account that cannot lead this team).',
  })
  error: string | null;
}

@ObjectType({ description: 'The public link college coordinators request teams through.' })
export class TeamRequestLink {
  @Field()
  url: string;
}

@ObjectType({ description: 'What the public team request page shows.' })
export class TeamRequestForm {
  @Field({ description: 'The organization the team would recruit for.' })
  organizationName: string;
}
