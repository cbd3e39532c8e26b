import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Someone whose personal data the retention job will erase, and when (RETENTION_DAYS after their last drive closed).' })
export class ErasureDue {
  @Field(() => ID)
  volunteerId: string;

  @Field()
  name: string;

  @Field({ description: 'When the last drive they signed up for closed (any organization’s).' })
  lastDriveClosedAt: Date;

  @Field({ description: 'From when the daily job erases them, unless they sign up for a drive again; in the past: at its next run.' })
  dueAt: Date;
}
