// What the desk should know before the screening: someone outside the drive's age window, or who
// donated this kind too recently. Hints for staff, not a verdict: the screening decides.
import { ageOn, ageWindowOf, isWithinAgeWindow } from '@life-relay/domain';
import type { DriveKind } from '../../generated/graphql';

export type EligibilityNote =
  | { kind: 'age'; age: number; minAge: number; maxAge: number }
  | { kind: 'interval'; until: string }
  | { kind: 'noBirthDate' };

interface Person {
  birthDate: string | null;
  donorHistory: { nextEligible: readonly { kind: DriveKind; date: string }[] };
}

interface DriveRules {
  kind: DriveKind;
  minAge: number | null;
  maxAge: number | null;
}

/** Notes for a person on `day` (YYYY-MM-DD in the drive's zone). */
export function eligibilityNotes(person: Person, drive: DriveRules, day: string): EligibilityNote[] {
  const notes: EligibilityNote[] = [];
  const window = ageWindowOf(drive);
  if (window) {
    if (!person.birthDate) notes.push({ kind: 'noBirthDate' });
    else {
      const age = ageOn(person.birthDate, day);
      if (!isWithinAgeWindow(age, window)) notes.push({ kind: 'age', age, ...window });
    }
  }
  const wait = person.donorHistory.nextEligible.find((n) => n.kind === drive.kind);
  if (wait && wait.date > day) notes.push({ kind: 'interval', until: wait.date });
  return notes;
}
