import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { SignUpStatus } from '@life-relay/domain';
import { ValidInstant } from '../../common/validation/rules';

/**
 * One tap at the desk, as the desk's queue sends it (issue 21, the offline desk): a tablet with a
 * bad signal keeps the tap and sends it later, maybe twice, maybe after midnight.
 */
@InputType({ description: 'A desk tap sent by the desk’s queue: sent again, it changes nothing; sent late, it counts from when it was tapped.' })
export class DeskTapInput {
  @Field(() => ID, {
    description:
      'A UUID the desk makes for the tap. The same id again changes nothing and answers with the sign-up as it is now (the first answer, unless someone changed it since); ' +
      'an id already used for another sign-up or another mutation is a CONFLICT (operationReused).',
  })
  @IsUUID('all', { message: 'invalidValue' })
  operationId: string;

  @Field({
    description:
      'When the tap was made, on the tablet’s clock. recordOutcome checks the drive’s days at this time when it is at most 48 hours old; ' +
      'a later time counts as now, an older one is not trusted (the check uses now).',
  })
  @ValidInstant()
  tappedAt: Date;

  @Field(() => SignUpStatus, {
    nullable: true,
    description:
      'The status the desk showed when it was tapped. When the sign-up has changed since (someone else recorded an outcome, the volunteer cancelled), ' +
      'the tap is refused with CONFLICT changedSinceTapped rather than overwriting what happened.',
  })
  @IsOptional()
  @IsEnum(SignUpStatus, { message: 'invalidValue' })
  seenStatus?: SignUpStatus | null;
}
