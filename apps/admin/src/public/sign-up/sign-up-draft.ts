// What a volunteer has typed into one drive's form, kept in this tab's sessionStorage while they
// fetch their code: a phone that switches to the messages app may drop the page, and it comes
// back filled in. The code itself is not kept (it is typed once, after the switch). Cleared
// after a successful sign-up; sessionStorage ends with the tab, so nothing outlives the visit.
import { EMPTY_VALUES, type SignUpValues } from './validation';

/** Where the last code went, and when: the form says so again and waits out the resend delay. */
export interface CodeSent {
  to: string;
  at: number;
}

export interface SignUpDraft {
  values: Partial<SignUpValues>;
  sent?: CodeSent;
}

interface Stored {
  values: Omit<SignUpValues, 'code'>;
  consentVersion: string;
  sent?: CodeSent;
}

/** A code is valid 10 minutes: after that, saying "we sent a code" would only mislead. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

const keyOf = (driveSlug: string) => `life-relay.sign-up.${driveSlug}`;

export function loadDraft(driveSlug: string, consentVersion: string, now = Date.now()): SignUpDraft {
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(sessionStorage.getItem(keyOf(driveSlug)) ?? '{}') as Partial<Stored>;
  } catch {
    return { values: {} }; // storage off (private mode, some in-app browsers) or unreadable
  }
  const values: Partial<SignUpValues> = {};
  for (const [field, empty] of Object.entries(EMPTY_VALUES) as [keyof SignUpValues, unknown][]) {
    const value = stored.values?.[field as keyof Stored['values']];
    if (field !== 'code' && typeof value === typeof empty) Object.assign(values, { [field]: value });
  }
  // A consent counts for the text it was given to; a changed text is asked again.
  if (stored.consentVersion !== consentVersion) {
    delete values.consent;
    delete values.healthConsent;
  }
  const sent = stored.sent && typeof stored.sent.to === 'string' && now - stored.sent.at < CODE_LIFETIME_MS ? stored.sent : undefined;
  return { values, sent };
}

export function saveDraft(driveSlug: string, consentVersion: string, values: SignUpValues, sent: CodeSent | undefined): void {
  const { code: _code, ...kept } = values;
  try {
    sessionStorage.setItem(keyOf(driveSlug), JSON.stringify({ values: kept, consentVersion, sent } satisfies Stored));
  } catch {
    // Not kept; the form still works while the page stays.
  }
}

export function clearDraft(driveSlug: string): void {
  try {
    sessionStorage.removeItem(keyOf(driveSlug));
  } catch {
    // Nothing was kept.
  }
}
