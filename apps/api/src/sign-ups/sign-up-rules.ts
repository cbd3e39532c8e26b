// What the form, a change of shift, the desk and the import check of a person against a drive, as
// field problems; the rules themselves are @life-relay/domain's.
import { ageProblemOn, dayInZone, donationWaitProblemOn, DriveKind, donorAgeWindow, EligibilityRules, NO_ELIGIBILITY_RULES, PastDonation } from '@life-relay/domain';
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
 * Whether the person with one of these contacts has donated before (through any drive, or
 * elsewhere by their own report; joining a registry is no donation): a repeat donor. Only for a
 * caller entitled to know: the desk, or the form once a code proved the contact is the caller's.
 */
export async function hasDonatedBefore(db: EntityManager, email: string | null, phone: string | null): Promise<boolean> {
  const [row] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id JOIN drives d ON d.id = s.drive_id
                     WHERE (v.email = $1 OR v.phone = $2) AND s.status = 'DONATED' AND d.kind <> 'STEM_CELL_REGISTRY')
         OR EXISTS (SELECT 1 FROM volunteers v WHERE (v.email = $1 OR v.phone = $2) AND (v.reported_donation_count > 0 OR v.reported_last_donation_on IS NOT NULL)) AS donated`,
    [email, phone],
  );
  return row.donated === true;
}

/**
 * The blood donations that count for a volunteer's intervals (alias `v`): those drives recorded
 * (whole blood and platelets: a registry join is none), the last one they reported giving
 * elsewhere and the whole blood the blood service recorded (its file of verified types), as a JSON array of { kind, day }. Where the
 * form, the desk, the import, a change of shift and the donor history read a person's past, so
 * they read the same past.
 */
export const DONATIONS_OF = (v: string) => `(SELECT coalesce(json_agg(json_build_object('kind', x.kind, 'day', x.day)), '[]'::json) FROM (
      SELECT dd.kind, to_char(ds.outcome_on, 'YYYY-MM-DD') AS day FROM sign_ups ds JOIN drives dd ON dd.id = ds.drive_id
       WHERE ds.volunteer_id = ${v}.id AND ds.status = 'DONATED' AND ds.outcome_on IS NOT NULL AND dd.kind IN ('WHOLE_BLOOD', 'PLATELETS')
      UNION ALL
      SELECT ${v}.reported_last_donation_kind, to_char(${v}.reported_last_donation_on, 'YYYY-MM-DD') WHERE ${v}.reported_last_donation_on IS NOT NULL
      UNION ALL
      SELECT 'WHOLE_BLOOD', to_char(${v}.blood_service_donated_on, 'YYYY-MM-DD') WHERE ${v}.blood_service_donated_on IS NOT NULL) x)`;

/** The donations of these volunteers that count for intervals (DONATIONS_OF), by volunteer id. */
export async function donationsOf(db: EntityManager, volunteerIds: readonly string[]): Promise<Map<string, PastDonation[]>> {
  if (!volunteerIds.length) return new Map();
  const rows: { id: string; donations: PastDonation[] }[] = await db.query(
    `SELECT v.id, ${DONATIONS_OF('v')} AS donations FROM volunteers v WHERE v.id = ANY($1::uuid[])`,
    [[...volunteerIds]],
  );
  return new Map(rows.map((r) => [r.id, r.donations]));
}

/**
 * The intervals between kinds and the platelet cap on the day of the shift, as a problem of
 * `field` (the shift, or the import's shift column): the organization's rules, the installation's
 * same-kind setting, the domain's defaults, in that order.
 */
export function waitProblems(
  drive: { kind: DriveKind; timeZone: string },
  shift: { startsAt: Date },
  donations: readonly PastDonation[],
  rules: EligibilityRules,
  installation: Partial<Record<DriveKind, number | null>>,
  field = 'shiftId',
): FieldProblem[] {
  const problem = donationWaitProblemOn(drive.kind, dayInZone(shift.startsAt, drive.timeZone), donations, rules, installation);
  return problem ? [{ field, ...problem }] : [];
}
