// The organizers' view of sign-ups and volunteers: personal and health data, never public.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BloodType, DriveKind, SignUpChannel, SignUpStatus } from '@life-relay/domain';
import { Paginated } from '../../common/pagination/connection';
import { ShiftType } from '../../drives/dto/drive.types';
import { TeamType } from '../../teams/dto/team.types';

@ObjectType()
export class NextEligibility {
  @Field(() => DriveKind)
  kind: DriveKind;

  @Field({ description: 'YYYY-MM-DD: the first day this volunteer may donate this kind again.' })
  date: string;
}

@ObjectType({ description: 'A donation the person says they gave elsewhere (self-reported, not recorded at a drive).' })
export class SelfReportedDonation {
  @Field(() => DriveKind)
  kind: DriveKind;

  @Field({ description: 'YYYY-MM-DD' })
  date: string;
}

@ObjectType({ description: 'Blood and platelet donations; joining a stem-cell registry is not one (see Volunteer.registryJoinedOn).' })
export class DonorHistory {
  @Field(() => Int, { description: 'Every donation: those recorded at drives and those self-reported (selfReportedCount of them).' })
  donationCount: number;

  @Field(() => Int, { description: 'How many of donationCount the person reported giving elsewhere (not recorded here).' })
  selfReportedCount: number;

  @Field(() => SelfReportedDonation, { nullable: true, description: 'The last donation the person reported giving elsewhere; counts for intervals.' })
  selfReportedLastDonation: SelfReportedDonation | null;

  @Field(() => Int)
  totalVolumeMl: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  lastDonatedOn: string | null;

  @Field(() => [NextEligibility], { description: 'Only kinds not yet allowed again: an interval (between any kinds) or the platelet cap holds the person back.' })
  nextEligible: NextEligibility[];

  @Field(() => [Int], { description: 'Milestones reached (self-reported donations count): 1st, 10th, 25th, 50th, 100th donation.' })
  milestones: number[];
}

/** What a person gave about themselves: name, contacts, birth date and blood type. */
@ObjectType({ isAbstract: true })
export abstract class PersonDetails {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate: string | null;

  @Field(() => BloodType, { nullable: true })
  bloodType: BloodType | null;
}

@ObjectType('Volunteer')
export class VolunteerType extends PersonDetails {
  @Field(() => ID)
  id: string;
}

@ObjectType('SignUpEvent', { description: 'One entry of a sign-up’s audit trail.' })
export class SignUpEventType {
  @Field(() => SignUpStatus)
  fromStatus: SignUpStatus;

  @Field(() => SignUpStatus)
  toStatus: SignUpStatus;

  @Field()
  correction: boolean;

  @Field(() => String, { nullable: true, description: 'Name of the organizer who made the change.' })
  actorName: string | null;

  @Field()
  at: Date;
}

/** What the desk recorded of a sign-up: when the person came, and the outcome with its details. */
@ObjectType({ isAbstract: true })
export abstract class RecordedOutcome {
  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;

  @Field(() => Date, { nullable: true })
  outcomeAt: Date | null;

  @Field(() => Int, { nullable: true })
  volumeMl: number | null;

  @Field(() => String, { nullable: true })
  deferralReason: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when a deferred volunteer may try again.' })
  retryOn: string | null;

  @Field(() => String, { nullable: true, description: 'At a stem-cell registry drive: the sample (or kit) id written down when the person joined.' })
  sampleId: string | null;
}

@ObjectType('SignUp')
export class SignUpType extends RecordedOutcome {
  @Field(() => ID)
  id: string;

  @Field(() => SignUpStatus)
  status: SignUpStatus;

  @Field(() => VolunteerType)
  volunteer: VolunteerType;

  @Field(() => ShiftType)
  shift: ShiftType;

  /** Resolved to a Team by the field resolver. */
  teamId: string | null;

  driveId: string;

  @Field(() => SignUpChannel)
  channel: SignUpChannel;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field()
  createdAt: Date;


  @Field({
    description:
      'Whether the volunteer’s consent to health data is in force: without it an outcome is recorded without its screening details ' +
      '(volume, deferral reason, retry date); recordHealthConsent records one given at the desk.',
  })
  healthConsent: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'At a stem-cell registry drive: YYYY-MM-DD when this person joined the organization’s registry through another sign-up (an earlier registry drive), ' +
      'so no new sample is needed and "joined" is refused (CONFLICT alreadyInRegistry); null when they have not. Only what this organization recorded: ' +
      'another organization’s registry is never told.',
  })
  alreadyInRegistrySince: string | null;

  /** For the cursor: arrival order is stable and unique. */
  arrival: string;
}

@ObjectType()
export class SignUpConnection extends Paginated(SignUpType, 'SignUp') {}

// Re-exported so the Team type is registered before SignUp.team refers to it.
export { TeamType };
