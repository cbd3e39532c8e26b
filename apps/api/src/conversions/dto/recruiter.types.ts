import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A volunteer who brought others in through their personal share link (SignUpInput.referrer), ranked by signUps (desc), then donated (desc), then name. ' +
    'For organizers: names and true counts.',
})
export class RecruiterRow {
  @Field(() => Int)
  rank: number;

  @Field()
  name: string;

  @Field(() => Int, { description: 'People their link brought who hold a place (not cancelled, not waitlisted), as DriveStats.signUps.' })
  signUps: number;

  @Field(() => Int, { description: 'Of those, how many donated.' })
  donated: number;
}

@ObjectType({
  description:
    'A team lead’s view of one of their team’s recruiters in a drive: ranked by signUps (desc), then name. ' +
    'Donations are given only where they cannot tell a deferral (disclosedReferrals).',
})
export class TeamRecruiterRow {
  @Field(() => Int)
  rank: number;

  @Field()
  name: string;

  @Field(() => Int)
  signUps: number;

  @Field(() => Int, { nullable: true, description: 'Null: withheld, as one or two of the people brought came without a recorded donation.' })
  donated: number | null;
}

@ObjectType({ description: 'What a volunteer’s own share link brought into this drive.' })
export class MyReferrals {
  @Field({ description: 'The code of their personal share link (SignUpInput.referrer).' })
  referralCode: string;

  @Field({ description: 'Their personal share link, after the public URL: the drive’s page with their team’s code and their own.' })
  sharePath: string;

  @Field(() => Int, { description: 'People who signed up through it and hold a place.' })
  signUps: number;

  @Field(() => Int, { nullable: true, description: 'Of those, how many donated; null where that could tell a friend’s deferral (disclosedReferrals).' })
  donated: number | null;
}
