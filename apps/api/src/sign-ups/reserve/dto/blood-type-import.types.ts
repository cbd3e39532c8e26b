// What an organizer gets back from the blood service's file: the people whose type is (or, on a
// check, would be) recorded as verified, and every row that is not, field by field.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BloodType } from '@life-relay/domain';
import { RefusedRow } from '../../csv/dto/sign-up-import.types';

@ObjectType({ description: 'A row of the blood service’s file that names a person of the organization.' })
export class BloodTypeImportRow {
  @Field(() => Int, { description: 'Line of the file; the header is line 1.' })
  line: number;

  @Field(() => ID)
  volunteerId: string;

  @Field()
  name: string;

  @Field(() => BloodType)
  bloodType: BloodType;

  @Field(() => [String], { description: 'As stored: "C+", "c-", ... in a fixed order.' })
  phenotypes: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last donation the blood service records.' })
  donatedOn: string | null;
}

@ObjectType({ description: 'Rows that cannot be recorded are listed and left out; the others are recorded together.' })
export class BloodTypeImportReport {
  @Field(() => Int, { description: 'Types recorded as verified; with dryRun, types that would be.' })
  recorded: number;

  @Field(() => [BloodTypeImportRow], { description: 'The rows recorded (or to be), in file order.' })
  rows: BloodTypeImportRow[];

  @Field(() => [RefusedRow], { description: 'Every row left out and why (unknown person, bad type, no consent to health data ...), in file order.' })
  refused: RefusedRow[];

  @Field({ description: 'True when the file was only checked and nothing was written.' })
  dryRun: boolean;
}
