// What the form, a change of shift, the desk and the import check of a person against a drive, as
// field problems; the rules themselves are @life-relay/domain's.
import { ageProblemOn, dayInZone, DriveKind, donorAgeWindow, EligibilityRules, NO_ELIGIBILITY_RULES } from '@life-relay/domain';
import { EntityManager } from 'typeorm';
import { FieldProblem } from '../common/errors/domain-errors';

interface AgeRuled {
  kind: DriveKind;
  minAge: number | null;
  maxAge: number | null;
  timeZone: string;
}

/**
 * The age window on the day of the shift, as a problem of the birth date: the drive's, under its
 * organization's rules for a first-time or a repeat donor. (Without rules, or for a repeat donor
 * under none, it is the drive's own window.) A first-timer refused only by the first-time limit
 * is told so.
 */
export function ageProblems(drive: AgeRuled, shift: { startsAt: Date }, birthDate: string, rules: EligibilityRules = NO_ELIGIBILITY_RULES, firstTime = false): FieldProblem[] {
  const day = dayInZone(shift.startsAt, drive.timeZone);
  const problem = ageProblemOn(birthDate, day, donorAgeWindow(drive, rules, firstTime));
  if (!problem) return [];
  if (firstTime && problem.key === 'tooOld' && !ageProblemOn(birthDate, day, donorAgeWindow(drive, rules, false))) {
    return [{ field: 'birthDate', key: 'tooOldFirstTime', params: problem.params }];
  }
  return [{ field: 'birthDate', ...problem }];
}

/**
 * Whether the person with one of these contacts has donated before (through any drive; joining a
 * registry is no donation): a repeat donor. Only for a caller entitled to know: the desk, or the
 * form once a code proved the contact is the caller's.
 */
export async function hasDonatedBefore(db: EntityManager, email: string | null, phone: string | null): Promise<boolean> {
  const [row] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id JOIN drives d ON d.id = s.drive_id
                     WHERE (v.email = $1 OR v.phone = $2) AND s.status = 'DONATED' AND d.kind <> 'STEM_CELL_REGISTRY') AS donated`,
    [email, phone],
  );
  return row.donated === true;
}
