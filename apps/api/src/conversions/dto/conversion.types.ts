import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Attendance, DriveKind, DriveStatus, MIN_DISCLOSED_GROUP, SignUpChannel } from '@life-relay/domain';
import { Paginated } from '../../common/pagination/connection';
import { CollegeType, TeamType } from '../../teams/dto/team.types';

/** What every view of a funnel has: the rate and the progress towards the goals. */
@ObjectType({ isAbstract: true })
abstract class FunnelGoals {
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

@ObjectType({ description: 'signUps counts REGISTERED, CHECKED_IN, DONATED, DEFERRED and NO_SHOW; checkedIn everyone who came; conversionRate = donated / signUps.' })
export class DriveStats extends FunnelGoals {
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

}

registerEnumType(Attendance, {
  name: 'Attendance',
  description: 'What a team lead sees of a sign-up: whether the person came, never the outcome (checked in, donated and deferred are all CAME).',
});

// The words every figure seen by the public or a team lead uses for what it withholds.
const CAME_AS_DISCLOSED =
  `Everyone who came (CHECKED_IN, DONATED, DEFERRED). On public boards and for team leads, those who came without a recorded donation ` +
  `count only when at least ${MIN_DISCLOSED_GROUP} of one team in one drive (else checkedIn = donated for that team), so that no one's deferral can be read; ` +
  `a college's, a drive's or a lead's totals add up these team figures. Organizers see everyone.`;

@ObjectType({
  description:
    'The funnel as the public and team leads see it: aggregates only, no deferred or no-show figure, and checkedIn as described on it. ' +
    'signUps, donated and conversionRate (= donated / signUps) are as in DriveStats.',
})
export class PublicStats extends FunnelGoals {
  @Field(() => Int)
  signUps: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: CAME_AS_DISCLOSED })
  checkedIn: number;

  @Field(() => Int)
  donated: number;
}

/**
 * A ranked row of a leaderboard: counts and rate as in DriveStats for organizers, as in
 * PublicStats for everyone else. Ranked by donated and signUps, which are never coarsened, so a
 * row has the same rank for everyone.
 */
@ObjectType({ isAbstract: true })
abstract class RankedFunnel {
  @Field(() => Int)
  rank: number;

  @Field(() => Int)
  signUps: number;

  @Field(() => Int, { description: CAME_AS_DISCLOSED })
  checkedIn: number;

  @Field(() => Int)
  donated: number;

  @Field(() => Int, { nullable: true, description: 'Organizers only: deferrals are health data. Null for everyone else.' })
  deferred: number | null;

  @Field(() => Float)
  conversionRate: number;
}

@ObjectType({
  description:
    'One team’s standing: public, aggregates and the team name only. Ranked by donated, then signUps, which everyone sees as they are, ' +
    'so a team has the same rank for organizers and for the public.',
})
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

  @Field(() => DriveKind, { description: 'At a STEM_CELL_REGISTRY drive, donated counts who joined the registry (a sample taken).' })
  driveKind: DriveKind;

  @Field()
  driveStartsAt: Date;

  @Field(() => Int)
  rank: number;

  @Field(() => Int, { description: 'Teams on the drive’s leaderboard.' })
  teamsRanked: number;

  @Field(() => PublicStats, { description: 'As on the public board.' })
  stats: PublicStats;
}

@ObjectType({ description: 'A published drive a team can recruit for: what its share link and poster need.' })
export class RecruitingDrive {
  @Field(() => ID)
  driveId: string;

  @Field()
  driveSlug: string;

  @Field()
  driveTitle: string;

  @Field(() => DriveKind)
  driveKind: DriveKind;

  @Field()
  driveStartsAt: Date;

  @Field()
  driveEndsAt: Date;

  @Field()
  location: string;

  @Field({ description: 'IANA zone: the poster shows the drive’s times in it.' })
  timeZone: string;
}

@ObjectType({ description: 'For a team lead: one of their teams across drives.' })
export class MyTeam {
  @Field(() => TeamType)
  team: TeamType;

  @Field(() => PublicStats, { description: 'Across every drive: the sum of the drives’ figures.' })
  totals: PublicStats;

  @Field(() => [TeamDriveStanding], { description: 'Latest drive first.' })
  drives: TeamDriveStanding[];

  @Field(() => [RecruitingDrive], {
    description: 'Every published drive of the team’s organization that has not ended, soonest first, with or without sign-ups through the team: a new team recruits from day one.',
  })
  recruitingDrives: RecruitingDrive[];
}

@ObjectType({ description: 'A member of a team lead’s own team: name and attendance, no contact, outcome or health data.' })
export class TeamMemberSignUp {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Attendance, { description: 'Whether the person came; what the screening said is for organizers only.' })
  attendance: Attendance;

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
