// What an organizer gets back from importing sign-ups collected on paper: either everything was
// imported, or nothing was and every refused row says why, field by field.
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One bad cell of an imported row (or `csv` for the file as a whole).' })
export class RefusedField {
  @Field({ description: 'The column, as in the header row: name, email, shiftStartsAt, ...' })
  field: string;

  @Field({ description: 'Why, in the caller’s language (Accept-Language).' })
  message: string;

  @Field({ description: 'The message key, for clients that translate themselves.' })
  key: string;
}

@ObjectType()
export class RefusedRow {
  @Field(() => Int, { description: 'Line of the file the row starts on; the header is line 1.' })
  line: number;

  @Field(() => [RefusedField])
  fields: RefusedField[];
}

@ObjectType({ description: 'Nothing is half-imported: when any row is refused, no row is imported.' })
export class SignUpImportReport {
  @Field(() => Int, { description: 'Sign-ups created; with dryRun, sign-ups that would be created.' })
  imported: number;

  @Field(() => [RefusedRow], { description: 'Every refused row, in file order.' })
  refused: RefusedRow[];

  @Field({ description: 'True when the file was only checked and nothing was written.' })
  dryRun: boolean;
}
