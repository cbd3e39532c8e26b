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
// Using one still costs tens of microseconds, and a sign-up asks the day of its shift's start three
// times, as every other sign-up for that shift does: each instant's day is remembered, a few
// thousand at most (the answer never changes).
const daysOfInstants = new Map<string, string>();
const DAYS_REMEMBERED = 4096;

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayInZone(instant: Date, timeZone: string): string {
  const key = `${instant.getTime()} ${timeZone}`;
  let day = daysOfInstants.get(key);
  if (day === undefined) {
    let format = dayFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      dayFormats.set(timeZone, format);
    }
    day = format.format(instant);
    if (daysOfInstants.size >= DAYS_REMEMBERED) daysOfInstants.clear();
    daysOfInstants.set(key, day);
  }
  return day;
}

/**
 * How an organization's blood service states who may donate, beyond a drive's own window:
 * first-time donors are often held to a lower upper age (commonly 55) than repeat donors
 * (commonly 60); the days between one donation and the next, by the kinds of both; and how many
 * platelet donations one person may give in 12 months. Null: the default (DEFAULT_AGE_WINDOWS,
 * DEFAULT_INTERVALS_BETWEEN_KINDS, DEFAULT_PLATELETS_PER_YEAR). A drive's own maxAge still wins
 * for repeat donors, and a first-timer is never allowed past either limit.
 */
export interface EligibilityRules {
  firstTimeMaxAge: number | null;
  repeatMaxAge: number | null;
  wholeBloodAfterWholeBloodDays: number | null;
  plateletsAfterWholeBloodDays: number | null;
  plateletsAfterPlateletsDays: number | null;
  wholeBloodAfterPlateletsDays: number | null;
  plateletsPerYear: number | null;
}

/** The rules' day counts between kinds of donation: the previous kind, then the next one. */
export const INTERVAL_RULES = ['wholeBloodAfterWholeBloodDays', 'plateletsAfterWholeBloodDays', 'plateletsAfterPlateletsDays', 'wholeBloodAfterPlateletsDays'] as const;
export type IntervalRule = (typeof INTERVAL_RULES)[number];

/** The kinds that are donations in the blood service's sense (not a registry's joining, not general volunteering). */
export type DonationKind = DriveKind.WHOLE_BLOOD | DriveKind.PLATELETS;

const INTERVAL_RULE_OF: Record<DonationKind, Record<DonationKind, IntervalRule>> = {
  [DriveKind.WHOLE_BLOOD]: { [DriveKind.WHOLE_BLOOD]: 'wholeBloodAfterWholeBloodDays', [DriveKind.PLATELETS]: 'plateletsAfterWholeBloodDays' },
  [DriveKind.PLATELETS]: { [DriveKind.PLATELETS]: 'plateletsAfterPlateletsDays', [DriveKind.WHOLE_BLOOD]: 'wholeBloodAfterPlateletsDays' },
};

/**
 * Days between donations as Chinese blood services state them: 《献血者健康检查要求》 GB 18467-2011,
 * 4.4 献血间隔: whole blood at least 6 months apart (180 days here, as the eligible-again reminder
 * has always counted); apheresis platelets at least 2 weeks apart and at most 24 times a year;
 * after platelets, whole blood at least 4 weeks later; after whole blood, platelets at least
 * 3 months later (90 days). The same-kind values are DEFAULT_DONATION_INTERVAL_DAYS.
 */
export const DEFAULT_INTERVALS_BETWEEN_KINDS: Record<IntervalRule, number> = {
  wholeBloodAfterWholeBloodDays: 180,
  plateletsAfterWholeBloodDays: 90,
  plateletsAfterPlateletsDays: 14,
  wholeBloodAfterPlateletsDays: 28,
};

/** GB 18467-2011, 4.4: apheresis platelets no more than 24 times a year. */
export const DEFAULT_PLATELETS_PER_YEAR = 24;

export const NO_ELIGIBILITY_RULES: EligibilityRules = {
  firstTimeMaxAge: null,
  repeatMaxAge: null,
  wholeBloodAfterWholeBloodDays: null,
  plateletsAfterWholeBloodDays: null,
  plateletsAfterPlateletsDays: null,
  wholeBloodAfterPlateletsDays: null,
  plateletsPerYear: null,
};

/** The range an organization may set an age limit in: below 16 or above 80, no blood service accepts donors. */
export const RULE_AGE_RANGE = { min: 16, max: 80 } as const;
/** Days between donations an organization may set: at least one, at most ten years (as the installation's own setting). */
export const RULE_INTERVAL_RANGE = { min: 1, max: 3650 } as const;
/** Platelet donations a year: one a week is more than any service allows. */
export const RULE_PLATELETS_PER_YEAR_RANGE = { min: 1, max: 52 } as const;

const RULE_RANGES: Record<keyof EligibilityRules, { min: number; max: number }> = {
  firstTimeMaxAge: RULE_AGE_RANGE,
  repeatMaxAge: RULE_AGE_RANGE,
  wholeBloodAfterWholeBloodDays: RULE_INTERVAL_RANGE,
  plateletsAfterWholeBloodDays: RULE_INTERVAL_RANGE,
  plateletsAfterPlateletsDays: RULE_INTERVAL_RANGE,
  wholeBloodAfterPlateletsDays: RULE_INTERVAL_RANGE,
  plateletsPerYear: RULE_PLATELETS_PER_YEAR_RANGE,
};

export const ELIGIBILITY_RULE_FIELDS = Object.keys(RULE_RANGES) as (keyof EligibilityRules)[];

/** Rules as stored (a JSON object that may lack a key or carry an old one): every key, null if unset. */
export function eligibilityRulesOf(stored: unknown): EligibilityRules {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const whole = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return Object.fromEntries(ELIGIBILITY_RULE_FIELDS.map((field) => [field, whole(s[field])])) as unknown as EligibilityRules;
}

export type EligibilityRulesProblem =
  | { field: keyof EligibilityRules; key: 'outOfRange'; params: { min: number; max: number } }
  | { field: 'firstTimeMaxAge'; key: 'firstTimeAboveRepeat'; params: { repeatMaxAge: number } };

/** What is wrong with rules an organizer sets, field by field; empty when nothing is. */
export function eligibilityRulesProblems(rules: EligibilityRules): EligibilityRulesProblem[] {
  const problems: EligibilityRulesProblem[] = [];
  for (const field of ELIGIBILITY_RULE_FIELDS) {
    const value = rules[field];
    const range = RULE_RANGES[field];
    if (value !== null && value !== undefined && (!Number.isInteger(value) || value < range.min || value > range.max)) {
      problems.push({ field, key: 'outOfRange', params: { ...range } });
    }
  }
  const { firstTimeMaxAge, repeatMaxAge } = rules;
  if (!problems.length && firstTimeMaxAge !== null && repeatMaxAge !== null && firstTimeMaxAge > repeatMaxAge) {
    problems.push({ field: 'firstTimeMaxAge', key: 'firstTimeAboveRepeat', params: { repeatMaxAge } });
  }
  return problems;
}

/** A donation that counts for intervals and the platelet cap: recorded at a drive, or self-reported. */
export interface PastDonation {
  kind: DriveKind | `${DriveKind}`;
  /** YYYY-MM-DD */
  day: string;
}

/**
 * The days between kinds an organization applies: its own, else the installation's same-kind
 * setting (DONATION_INTERVAL_*_DAYS), else the defaults above.
 */
export function intervalDaysOf(rules: EligibilityRules, installation: Partial<Record<DriveKind, number | null>> = {}): Record<IntervalRule, number> {
  return {
    wholeBloodAfterWholeBloodDays:
      rules.wholeBloodAfterWholeBloodDays ?? installation[DriveKind.WHOLE_BLOOD] ?? DEFAULT_INTERVALS_BETWEEN_KINDS.wholeBloodAfterWholeBloodDays,
    plateletsAfterWholeBloodDays: rules.plateletsAfterWholeBloodDays ?? DEFAULT_INTERVALS_BETWEEN_KINDS.plateletsAfterWholeBloodDays,
    plateletsAfterPlateletsDays: rules.plateletsAfterPlateletsDays ?? installation[DriveKind.PLATELETS] ?? DEFAULT_INTERVALS_BETWEEN_KINDS.plateletsAfterPlateletsDays,
    wholeBloodAfterPlateletsDays: rules.wholeBloodAfterPlateletsDays ?? DEFAULT_INTERVALS_BETWEEN_KINDS.wholeBloodAfterPlateletsDays,
  };
}

function isDonationKind(kind: DriveKind | `${DriveKind}`): kind is DonationKind {
  return kind === DriveKind.WHOLE_BLOOD || kind === DriveKind.PLATELETS;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day a year later (29 February: 1 March). */
function aYearAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

export type WaitReason = 'interval' | 'plateletCap';

/**
 * THE rule of when someone may donate `kind` again, whatever asks (the form, a change of shift,
 * the desk, the import, the donor history, the eligible-again reminder, announcements and
 * call-outs): the first day every interval since their last donation of each kind has passed,
 * and on which fewer than the yearly cap of platelet donations fall in the year before. Null
 * when nothing holds them back (no donation yet, or a kind without intervals: a registry, general
 * volunteering). Registry joins are never donations and must not be passed in.
 */
export function eligibleFrom(
  kind: DriveKind | `${DriveKind}`,
  donations: readonly PastDonation[],
  rules: EligibilityRules = NO_ELIGIBILITY_RULES,
  installation: Partial<Record<DriveKind, number | null>> = {},
): { date: string; reason: WaitReason } | null {
  if (!isDonationKind(kind)) return null;
  const days = intervalDaysOf(rules, installation);
  let found: { date: string; reason: WaitReason } | null = null;
  const later = (date: string, reason: WaitReason) => {
    if (!found || date > found.date) found = { date, reason };
  };
  for (const previous of [DriveKind.WHOLE_BLOOD, DriveKind.PLATELETS] as const) {
    const last = donations.filter((d) => d.kind === previous).reduce<string | null>((max, d) => (max === null || d.day > max ? d.day : max), null);
    if (last) later(addDays(last, days[INTERVAL_RULE_OF[previous][kind]]), 'interval');
  }
  if (kind === DriveKind.PLATELETS) {
    const cap = rules.plateletsPerYear ?? DEFAULT_PLATELETS_PER_YEAR;
    const platelets = donations.filter((d) => d.kind === DriveKind.PLATELETS).map((d) => d.day).sort().reverse();
    // With the cap reached, the next one is possible once the cap-th latest is a year old: from
    // then on, fewer than the cap fall in the year before.
    if (platelets.length >= cap) later(aYearAfter(platelets[cap - 1]), 'plateletCap');
  }
  return found;
}

export type DonationWaitProblem =
  | { key: 'notEligibleUntil'; params: { date: string } }
  | { key: 'plateletCapReached'; params: { date: string; cap: number } };

/** Why someone with these donations may not donate `kind` on `day` (YYYY-MM-DD), or null. */
export function donationWaitProblemOn(
  kind: DriveKind | `${DriveKind}`,
  day: string,
  donations: readonly PastDonation[],
  rules: EligibilityRules = NO_ELIGIBILITY_RULES,
  installation: Partial<Record<DriveKind, number | null>> = {},
): DonationWaitProblem | null {
  const wait = eligibleFrom(kind, donations, rules, installation);
  if (!wait || day >= wait.date) return null;
  return wait.reason === 'plateletCap'
    ? { key: 'plateletCapReached', params: { date: wait.date, cap: rules.plateletsPerYear ?? DEFAULT_PLATELETS_PER_YEAR } }
    : { key: 'notEligibleUntil', params: { date: wait.date } };
}

/** Donations a person reported themselves (given elsewhere): how many before, and the last one. */
export interface SelfReportedDonations {
  count: number | null;
  lastOn: string | null;
  lastKind: DonationKind | null;
}

/** The last self-reported donation as one for the rule, if there is one. */
export function selfReportedDonations(reported: { lastOn: string | null; lastKind: string | null }): PastDonation[] {
  return reported.lastOn && reported.lastKind ? [{ kind: reported.lastKind as DonationKind, day: reported.lastOn }] : [];
}

/**
 * How many donations someone reported having given elsewhere: the count they gave, and at least
 * one if they gave the day of one. (Milestones count these beside the recorded ones.)
 */
export function selfReportedCount(reported: { count: number | null; lastOn: string | null }): number {
  return Math.max(reported.count ?? 0, reported.lastOn ? 1 : 0);
}

/** The most donations elsewhere anyone may report (the story's donor had 94). */
export const MAX_SELF_REPORTED_DONATIONS = 500;

export type SelfReportProblem = {
  field: 'donatedElsewhereOn' | 'donatedElsewhereKind' | 'earlierDonations';
  key: 'invalidDate' | 'dateInFuture' | 'donationKindRequired' | 'donationDateRequired' | 'outOfRange';
  params?: Record<string, string | number>;
};

/**
 * What is wrong with a self-report: a date that is a real day, not in the future (`today`), with
 * its kind (whole blood or platelets); a count from 0 to MAX_SELF_REPORTED_DONATIONS.
 */
export function selfReportProblems(
  report: { donatedElsewhereOn?: string | null; donatedElsewhereKind?: string | null; earlierDonations?: number | null },
  today: string,
): SelfReportProblem[] {
  const problems: SelfReportProblem[] = [];
  const { donatedElsewhereOn: on, donatedElsewhereKind: kind, earlierDonations: count } = report;
  if (on) {
    if (!isCalendarDate(on)) problems.push({ field: 'donatedElsewhereOn', key: 'invalidDate' });
    else if (on > today) problems.push({ field: 'donatedElsewhereOn', key: 'dateInFuture' });
    if (!kind) problems.push({ field: 'donatedElsewhereKind', key: 'donationKindRequired' });
  }
  if (kind && !isDonationKind(kind as DriveKind)) problems.push({ field: 'donatedElsewhereKind', key: 'donationKindRequired' });
  if (kind && !on) problems.push({ field: 'donatedElsewhereOn', key: 'donationDateRequired' });
  if (count !== null && count !== undefined && (!Number.isInteger(count) || count < 0 || count > MAX_SELF_REPORTED_DONATIONS)) {
    problems.push({ field: 'earlierDonations', key: 'outOfRange', params: { min: 0, max: MAX_SELF_REPORTED_DONATIONS } });
  }
  return problems;
}


/**
 * The age window for one donor at a drive under its organization's rules: a repeat donor's upper
 * limit is the drive's own, else the organization's repeat limit, else the kind's; a first-timer
 * is held to the lower of that and the organization's first-time limit. Other kinds of drive
 * (registry, general) keep ageWindowOf's window.
 */
export function donorAgeWindow(
  drive: { kind: DriveKind | `${DriveKind}`; minAge: number | null; maxAge: number | null },
  rules: Pick<EligibilityRules, 'firstTimeMaxAge' | 'repeatMaxAge'>,
  firstTime: boolean,
): AgeWindow | null {
  const window = ageWindowOf(drive);
  if (!window || !isDonationKind(drive.kind)) return window;
  let maxAge = drive.maxAge ?? rules.repeatMaxAge ?? window.maxAge;
  if (firstTime && rules.firstTimeMaxAge !== null) maxAge = Math.min(maxAge, rules.firstTimeMaxAge);
  return { minAge: window.minAge, maxAge };
}
