import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DriveStatus, SignUpChannel, SignUpStatus } from '@life-relay/domain';
import { Paginated } from '../../common/pagination/connection';
import { CollegeType, TeamType } from '../../teams/dto/team.types';

@ObjectType({ description: 'signUps counts REGISTERED, CHECKED_IN, DONATED, DEFERRED and NO_SHOW; checkedIn everyone who came; conversionRate = donated / signUps.' })
export class DriveStats {
  @Field(() => Int)
  signUps: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int)
  checkedIn: number;

  @Field(() => Int)
  donated: number;

  @Field(() => Int)
  deferred: number;

  @Field(() => Int)
  noShow: number;

  @Field(() => Float)
  conversionRate: number;

  @Field(() => Int, { nullable: true })
  signUpGoal: number | null;

  @Field(() => Int, { nullable: true })
  donationGoal: number | null;

  @Field(() => Float, { nullable: true, description: 'signUps / signUpGoal (1 = reached), null without a goal.' })
  signUpGoalProgress: number | null;

  @Field(() => Float, { nullable: true, description: 'donated / donationGoal, null without a goal.' })
  donationGoalProgress: number | null;
}

/** A ranked row of a leaderboard: counts and rate as in DriveStats. */
@ObjectType({ isAbstract: true })
abstract class RankedFunnel {
  @Field(() => Int)
  rank: number;

  @Field(() => Int)
  signUps: number;

  @Field(() => Int)
  checkedIn: number;

  @Field(() => Int)
  donated: number;

  @Field(() => Int)
  deferred: number;

  @Field(() => Float)
  conversionRate: number;
}

@ObjectType({ description: 'One team’s standing: public, aggregates and the team name only.' })
export class LeaderboardRow extends RankedFunnel {
  @Field(() => TeamType)
  team: TeamType;
}

@ObjectType({ description: 'One college’s standing over its teams: public aggregates.' })
export class CollegeLeaderboardRow extends RankedFunnel {
  @Field(() => CollegeType)
  college: CollegeType;

  @Field(() => Int)
  teams: number;
}

@ObjectType({ description: 'A team’s standing in one drive.' })
export class TeamDriveStanding {
  @Field(() => ID)
  driveId: string;

  @Field()
  driveSlug: string;

  @Field()
  driveTitle: string;

  @Field(() => DriveStatus)
  driveStatus: DriveStatus;

  @Field()
  driveStartsAt: Date;

  @Field(() => Int)
  rank: number;

  @Field(() => Int, { description: 'Teams on the drive’s leaderboard.' })
  teamsRanked: number;

  @Field(() => DriveStats)
  stats: DriveStats;
}

@ObjectType({ description: 'For a team lead: one of their teams across drives.' })
export class MyTeam {
  @Field(() => TeamType)
  team: TeamType;

  @Field(() => DriveStats, { description: 'Across every drive.' })
  totals: DriveStats;

  @Field(() => [TeamDriveStanding], { description: 'Latest drive first.' })
  drives: TeamDriveStanding[];
}

@ObjectType({ description: 'A member of a team lead’s own team: name and status, no contact or health data.' })
export class TeamMemberSignUp {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => SignUpStatus, { description: 'A deferral is health data: it shows as CHECKED_IN (came, no donation recorded).' })
  status: SignUpStatus;

  @Field()
  driveTitle: string;

  @Field()
  shiftStartsAt: Date;

  @Field()
  signedUpAt: Date;

  arrival: string;
}

@ObjectType()
export class TeamMemberSignUpConnection extends Paginated(TeamMemberSignUp, 'TeamMemberSignUp') {}

@ObjectType({ description: 'Sign-ups made on one day, in the drive’s time zone.' })
export class DayCount {
  @Field({ description: 'YYYY-MM-DD' })
  day: string;

  @Field(() => Int)
  signUps: number;
}

@ObjectType({ description: 'Where sign-ups came from (link, QR, poster, chat, ...) and how many donated.' })
export class ChannelCount {
  @Field(() => SignUpChannel)
  channel: SignUpChannel;

  @Field(() => Int)
  signUps: number;

  @Field(() => Int)
  donated: number;
}
