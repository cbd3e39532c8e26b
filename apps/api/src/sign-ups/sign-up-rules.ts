// What the form, a change of shift and the import check of a person against a drive, as field
// problems; the rules themselves are @life-relay/domain's.
import { ageProblemForShift, DriveKind } from '@life-relay/domain';
import { FieldProblem } from '../common/errors/domain-errors';

interface AgeRuled {
  kind: DriveKind;
  minAge: number | null;
  maxAge: number | null;
  timeZone: string;
}

/** The drive's age window on the day of the shift, as a problem of the birth date. */
export function ageProblems(drive: AgeRuled, shift: { startsAt: Date }, birthDate: string): FieldProblem[] {
  const problem = ageProblemForShift(drive, shift.startsAt, birthDate);
  return problem ? [{ field: 'birthDate', ...problem }] : [];
}
