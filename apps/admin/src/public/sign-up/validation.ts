// The sign-up form's own checks, with the shared rules and message keys of @life-relay/domain,
// so the form and the API say the same thing. The server stays the judge: whatever it finds is
// put next to the same fields.
import { ageProblemOn, ageWindowOf, dayInZone, DriveKind, isCalendarDate, regionOf, selfReportProblems, SIGN_UP_FIELD_LIMITS, type MessageKey, type MessageParams } from '@life-relay/domain';
import type { Problem } from '../ui/problems';

// In the order of the page: the contact and its one-time code come first.
export const FIELDS = ['phone', 'email', 'code', 'shiftId', 'name', 'birthDate', 'city', 'bloodType', 'donatedElsewhereOn', 'donatedElsewhereKind', 'earlierDonations', 'consent', 'healthConsent'] as const;
export type FieldName = (typeof FIELDS)[number];
export type Problems = Partial<Record<FieldName, Problem>>;

export interface SignUpValues {
  shiftId: string;
  name: string;
  email: string;
  phone: string;
  /** The one-time code sent to the contact (see codeTarget), as typed. */
  code: string;
  birthDate: string;
  /** Their city, as typed or picked from the list (optional): a name of the region list in either language. */
  city: string;
  bloodType: string;
  /** Optional, self-reported: the day and kind of the last donation given elsewhere, and how many before. */
  donatedElsewhereOn: string;
  donatedElsewhereKind: string;
  earlierDonations: string;
  consent: boolean;
  /** The separate consent to health data (blood type, screening outcomes). */
  healthConsent: boolean;
  callOuts: boolean;
}

export const EMPTY_VALUES: SignUpValues = {
  shiftId: '', name: '', email: '', phone: '', code: '', birthDate: '', city: '', bloodType: '', donatedElsewhereOn: '', donatedElsewhereKind: '', earlierDonations: '',
  consent: false, healthConsent: false, callOuts: false,
};

/** The self-report as the API takes it: empty fields are null, dates as YYYY-MM-DD. */
export function selfReportOf(values: Pick<SignUpValues, 'donatedElsewhereOn' | 'donatedElsewhereKind' | 'earlierDonations'>) {
  const count = values.earlierDonations.trim();
  return {
    donatedElsewhereOn: normalizeTypedDate(values.donatedElsewhereOn) || null,
    donatedElsewhereKind: (values.donatedElsewhereKind || null) as DriveKind | null,
    earlierDonations: count === '' ? null : Number(count),
  };
}

export interface DriveRules {
  timeZone: string;
  minAge: number | null;
  maxAge: number | null;
  shifts: readonly { id: string; startsAt: string }[];
  /** The drive records screening outcomes: signing up needs the health consent. */
  healthConsentRequired?: boolean;
}

export interface CheckOptions {
  /** The shared phone rule (normalizePhone), once its code has loaded; until then the server checks. */
  isPhone?: (typed: string) => boolean;
  today?: string;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const problem = (key: MessageKey, params?: MessageParams): Problem => ({ key, params });

/**
 * What people type as a date of birth, as YYYY-MM-DD: 2004/9/1, 2004.09.01, 2004年9月1日 and
 * 20040901 all mean 2004-09-01. Anything else is returned trimmed, for the date rule to refuse.
 */
export function normalizeTypedDate(typed: string): string {
  const text = typed.trim();
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!parts) return text;
  return `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
}

/** The code as people type or paste it: full-width digits (a Chinese keyboard's) and spaces allowed. */
export function normalizeCode(typed: string): string {
  return typed.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[\s-]/g, '');
}

/**
 * Where the one-time code goes: the mobile number when there is one (most volunteers in China
 * read text messages, not e-mail), else the e-mail address.
 */
export function codeTarget(values: Pick<SignUpValues, 'phone'>): 'phone' | 'email' {
  return values.phone.trim() ? 'phone' : 'email';
}

export function checkField(field: FieldName, values: SignUpValues, drive: DriveRules, options: CheckOptions = {}): Problem | undefined {
  switch (field) {
    case 'shiftId':
      if (!values.shiftId) return problem('required');
      if (!drive.shifts.some((s) => s.id === values.shiftId)) return problem('shiftNotInDrive');
      return undefined;
    case 'name': {
      const name = values.name.trim();
      if (!name) return problem(values.name ? 'blank' : 'required');
      if (name.length > SIGN_UP_FIELD_LIMITS.name) return problem('tooLong', { max: SIGN_UP_FIELD_LIMITS.name });
      return undefined;
    }
    case 'email': {
      const email = values.email.trim();
      // E-mail or phone, at least one (both allowed).
      if (!email) return values.phone.trim() ? undefined : problem('contactRequired');
      if (email.length > SIGN_UP_FIELD_LIMITS.email) return problem('tooLong', { max: SIGN_UP_FIELD_LIMITS.email });
      if (!EMAIL.test(email)) return problem('invalidEmail');
      return undefined;
    }
    case 'phone': {
      const phone = values.phone.trim();
      if (!phone) return values.email.trim() ? undefined : problem('contactRequired');
      if (phone.length > SIGN_UP_FIELD_LIMITS.phone) return problem('tooLong', { max: SIGN_UP_FIELD_LIMITS.phone });
      const valid = options.isPhone ? options.isPhone(phone) : /^\+?[\d\s().-]{6,}$/.test(phone);
      return valid ? undefined : problem('invalidPhone');
    }
    case 'code':
      return /^\d{6}$/.test(normalizeCode(values.code)) ? undefined : problem('codeRequired');
    case 'birthDate': {
      const date = normalizeTypedDate(values.birthDate);
      if (!date) return problem('required');
      if (!isCalendarDate(date) || date < '1900-01-01') return problem('invalidDate');
      if (date > (options.today ?? localToday())) return problem('birthDateInFuture');
      return ageProblem(date, values.shiftId, drive);
    }
    case 'city':
      return !values.city.trim() || regionOf(values.city) ? undefined : problem('unknownRegion');
    case 'bloodType':
      return undefined;
    case 'donatedElsewhereOn':
    case 'donatedElsewhereKind':
    case 'earlierDonations': {
      // The API's own rule (a past day with its kind, a count in range), so both say the same.
      const found = selfReportProblems(selfReportOf(values), options.today ?? localToday()).find((p) => p.field === field);
      return found ? problem(found.key, found.params) : undefined;
    }
    case 'consent':
      return values.consent ? undefined : problem('consentRequired');
    case 'healthConsent':
      return values.healthConsent || !drive.healthConsentRequired ? undefined : problem('healthConsentRequired');
  }
}

/** The drive's age window, on the day of the chosen shift in the drive's zone, as the API counts it. */
function ageProblem(birthDate: string, shiftId: string, drive: DriveRules): Problem | undefined {
  const window = formAgeWindow(drive);
  if (!window) return undefined;
  const shift = drive.shifts.find((s) => s.id === shiftId) ?? drive.shifts[0];
  if (!shift) return undefined;
  return ageProblemOn(birthDate, dayInZone(new Date(shift.startsAt), drive.timeZone), window) ?? undefined;
}

/**
 * The window the form checks. The API sends the drive's effective limits (its kind's defaults
 * already applied), so no kind may add its own on top: read them as a drive of no kind would be.
 */
function formAgeWindow(drive: Pick<DriveRules, 'minAge' | 'maxAge'>) {
  return ageWindowOf({ kind: DriveKind.GENERAL, minAge: drive.minAge, maxAge: drive.maxAge });
}

export function checkAll(values: SignUpValues, drive: DriveRules, options: CheckOptions = {}): Problems {
  const problems: Problems = {};
  for (const field of FIELDS) {
    const found = checkField(field, values, drive, options);
    if (found) problems[field] = found;
  }
  return problems;
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
