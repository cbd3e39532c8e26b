import { DriveKind } from './enums';

// Who may take part in a drive of each kind. Blood services differ, so drives may override
// the age window; these are the defaults an organizer starts from.
export interface AgeWindow {
  minAge: number;
  maxAge: number;
}

export const DEFAULT_AGE_WINDOWS: Record<DriveKind, AgeWindow | null> = {
  [DriveKind.WHOLE_BLOOD]: { minAge: 18, maxAge: 60 },
  [DriveKind.PLATELETS]: { minAge: 18, maxAge: 60 },
  // Stem-cell registries recruit young donors: joining is usually 18 to 45.
  [DriveKind.STEM_CELL_REGISTRY]: { minAge: 18, maxAge: 45 },
  [DriveKind.GENERAL]: null,
};

/** Days a donor waits after donating before the next donation of the same kind. */
export const DEFAULT_DONATION_INTERVAL_DAYS: Record<DriveKind, number | null> = {
  [DriveKind.WHOLE_BLOOD]: 180,
  [DriveKind.PLATELETS]: 14,
  [DriveKind.STEM_CELL_REGISTRY]: null,
  [DriveKind.GENERAL]: null,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string naming a day that exists (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Completed years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function isWithinAgeWindow(age: number, window: AgeWindow | null): boolean {
  return window === null || (age >= window.minAge && age <= window.maxAge);
}

/** No upper limit: what a drive that sets only a lower one (and whose kind has none) means. */
const NO_UPPER_AGE = 150;

/**
 * The age window a drive applies: its own limits, each one it leaves open falling back to its
 * kind's default; null when neither the drive nor its kind sets any. The form, the desk, the
 * import and the API all ask this one function.
 */
export function ageWindowOf(drive: { kind: DriveKind | `${DriveKind}`; minAge: number | null; maxAge: number | null }): AgeWindow | null {
  const fallback = DEFAULT_AGE_WINDOWS[drive.kind as DriveKind];
  if (drive.minAge === null && drive.maxAge === null) return fallback;
  return { minAge: drive.minAge ?? fallback?.minAge ?? 0, maxAge: drive.maxAge ?? fallback?.maxAge ?? NO_UPPER_AGE };
}

export type AgeProblem = { key: 'tooYoung'; params: { minAge: number } } | { key: 'tooOld'; params: { maxAge: number } };

/** Why someone born on `birthDate` may not take part on `day` (both YYYY-MM-DD), or null. */
export function ageProblemOn(birthDate: string, day: string, window: AgeWindow | null): AgeProblem | null {
  if (!window) return null;
  const age = ageOn(birthDate, day);
  if (age < window.minAge) return { key: 'tooYoung', params: { minAge: window.minAge } };
  if (age > window.maxAge) return { key: 'tooOld', params: { maxAge: window.maxAge } };
  return null;
}

/** The first day (YYYY-MM-DD) a donor may give again after donating on `lastDonation`. */
export function nextEligibleDay(lastDonation: string, intervalDays: number | null): string | null {
  if (intervalDays === null) return null;
  const date = new Date(`${lastDonation}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + intervalDays);
  return date.toISOString().slice(0, 10);
}

/** The same, for a drive's shift: the day is the shift's start in the drive's time zone. */
export function ageProblemForShift(
  drive: { kind: DriveKind | `${DriveKind}`; minAge: number | null; maxAge: number | null; timeZone: string },
  shiftStartsAt: Date,
  birthDate: string,
): AgeProblem | null {
  return ageProblemOn(birthDate, dayInZone(shiftStartsAt, drive.timeZone), ageWindowOf(drive));
}

// Making a formatter costs far more than using one (it was 3% of a sign-up's CPU): one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayInZone(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/**
 * How an organization's blood service states who may donate, beyond a drive's own window:
 * first-time donors are often held to a lower upper age (commonly 55) than repeat donors
 * (commonly 60). Null: the kind's default (DEFAULT_AGE_WINDOWS). A drive's own maxAge still wins
 * for repeat donors, and a first-timer is never allowed past either limit.
 */
export interface EligibilityRules {
  firstTimeMaxAge: number | null;
  repeatMaxAge: number | null;
}

export const NO_ELIGIBILITY_RULES: EligibilityRules = { firstTimeMaxAge: null, repeatMaxAge: null };

/** The range an organization may set an age limit in: below 16 or above 80, no blood service accepts donors. */
export const RULE_AGE_RANGE = { min: 16, max: 80 } as const;

/** Rules as stored (a JSON object that may lack a key or carry an old one): every key, null if unset. */
export function eligibilityRulesOf(stored: unknown): EligibilityRules {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const age = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return { firstTimeMaxAge: age(s.firstTimeMaxAge), repeatMaxAge: age(s.repeatMaxAge) };
}

export type EligibilityRulesProblem =
  | { field: keyof EligibilityRules; key: 'outOfRange'; params: { min: number; max: number } }
  | { field: 'firstTimeMaxAge'; key: 'firstTimeAboveRepeat'; params: { repeatMaxAge: number } };

/** What is wrong with rules an organizer sets, field by field; empty when nothing is. */
export function eligibilityRulesProblems(rules: EligibilityRules): EligibilityRulesProblem[] {
  const problems: EligibilityRulesProblem[] = [];
  for (const field of ['firstTimeMaxAge', 'repeatMaxAge'] as const) {
    const value = rules[field];
    if (value !== null && (!Number.isInteger(value) || value < RULE_AGE_RANGE.min || value > RULE_AGE_RANGE.max)) {
      problems.push({ field, key: 'outOfRange', params: { ...RULE_AGE_RANGE } });
    }
  }
  const { firstTimeMaxAge, repeatMaxAge } = rules;
  if (!problems.length && firstTimeMaxAge !== null && repeatMaxAge !== null && firstTimeMaxAge > repeatMaxAge) {
    problems.push({ field: 'firstTimeMaxAge', key: 'firstTimeAboveRepeat', params: { repeatMaxAge } });
  }
  return problems;
}

/** Kinds whose donors the blood service's first-time and repeat limits concern (not a registry's joiners). */
function isDonation(kind: DriveKind | `${DriveKind}`): boolean {
  return kind === DriveKind.WHOLE_BLOOD || kind === DriveKind.PLATELETS;
}

/**
 * The age window for one donor at a drive under its organization's rules: a repeat donor's upper
 * limit is the drive's own, else the organization's repeat limit, else the kind's; a first-timer
 * is held to the lower of that and the organization's first-time limit. Other kinds of drive
 * (registry, general) keep ageWindowOf's window.
 */
export function donorAgeWindow(
  drive: { kind: DriveKind | `${DriveKind}`; minAge: number | null; maxAge: number | null },
  rules: EligibilityRules,
  firstTime: boolean,
): AgeWindow | null {
  const window = ageWindowOf(drive);
  if (!window || !isDonation(drive.kind)) return window;
  let maxAge = drive.maxAge ?? rules.repeatMaxAge ?? window.maxAge;
  if (firstTime && rules.firstTimeMaxAge !== null) maxAge = Math.min(maxAge, rules.firstTimeMaxAge);
  return { minAge: window.minAge, maxAge };
}
