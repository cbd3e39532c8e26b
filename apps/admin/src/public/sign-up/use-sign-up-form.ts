// The sign-up form's state and submission. The contact comes first: a one-time code is sent to
// it (use-sign-up-code.ts) and submitted with the sign-up. Everything typed is kept in the tab's
// sessionStorage until the sign-up succeeds, so fetching the code from another app loses
// nothing. Checks run with the shared rules as fields are left and on submit; the server's field
// problems land next to the same fields, the rest above the form; the summary of problems takes
// focus on submit. Problems are worded at render time, so a switch of language re-words them.
import { useLayoutEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { regionName, regionOf, type BloodType } from '@life-relay/domain';
import type { PublicDriveQuery, SignUpMutation } from '../../generated/graphql';
import { asRequestError, request, type GraphQLRequestError } from '../api/graphql-client';
import { SIGN_UP } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { useRequestErrorText, wordProblem } from '../ui/problems';
import { FIELD_IDS, FIELD_LABELS } from './field-ids';
import { isField, serverProblems } from './server-problems';
import { clearDraft, loadDraft, saveDraft } from './sign-up-draft';
import { usePhoneRule } from './use-phone-rule';
import { useSignUpCode } from './use-sign-up-code';
import {
  checkAll,
  checkField,
  codeTarget,
  EMPTY_VALUES,
  FIELDS,
  normalizeCode,
  normalizeTypedDate,
  selfReportOf,
  type FieldName,
  type Problems,
  type SignUpValues,
} from './validation';

export type PublicDrive = NonNullable<PublicDriveQuery['publicDrive']>;
export type Receipt = SignUpMutation['signUp'];

export interface SignUpFormProps {
  drive: PublicDrive;
  /** The team code of the link, when the server knows it. */
  teamCode: string | null;
  source: string | null;
  /** The referral code of the personal share link that brought the visitor, if any. */
  referrer?: string | null;
  onSignedUp: (receipt: Receipt, values: SignUpValues) => void;
}

type TextFieldName = 'name' | 'email' | 'phone' | 'code' | 'birthDate' | 'city' | 'donatedElsewhereOn' | 'earlierDonations';

export type SignUpFormState = ReturnType<typeof useSignUpForm>;

export function useSignUpForm({ drive, teamCode, source, referrer = null, onSignedUp }: SignUpFormProps) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const requestErrorText = useRequestErrorText();
  const isPhone = usePhoneRule();
  // A draft's consents count for the texts they were given to: both versions.
  const consentVersions = `${drive.consentVersion}+${drive.healthConsentVersion}`;
  const [draft] = useState(() => loadDraft(drive.slug, consentVersions));
  const [values, setValues] = useState<SignUpValues>(() => {
    const openShifts = drive.shifts.filter((s) => new Date(s.endsAt) >= new Date());
    // The drive's city is most people's own: offered, and easily changed or cleared.
    const city = drive.regionCode ? regionName(drive.regionCode, locale) : '';
    return { ...EMPTY_VALUES, shiftId: openShifts.length === 1 ? openShifts[0].id : '', city, ...draft.values };
  });
  const code = useSignUpCode(drive.slug, locale, draft.sent);
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<GraphQLRequestError | string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [showSummary, setShowSummary] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submittingRef = useRef(false);

  const options = { isPhone };
  const chosen = drive.shifts.find((s) => s.id === values.shiftId);
  const joiningWaitlist = chosen !== undefined && chosen.spotsLeft <= 0;
  const target = codeTarget(values);
  const contact = values[target].trim();

  // Saved as the change is made, not after the next frame (when Preact runs a passive effect): a
  // page dropped the moment a box is ticked, as a phone drops one for the messages app, keeps it.
  useLayoutEffect(() => saveDraft(drive.slug, consentVersions, values, code.sent), [drive.slug, consentVersions, values, code.sent]);

  const update = <K extends keyof SignUpValues>(field: K, value: SignUpValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // A shown problem is re-checked as it is fixed; a new one waits until the field is left.
    if (isField(field) && problems[field]) {
      setProblems((p) => ({ ...p, [field]: checkField(field, next, drive, options) }));
    }
    if (field === 'shiftId' && problems.birthDate) {
      setProblems((p) => ({ ...p, birthDate: checkField('birthDate', next, drive, options) }));
    }
    // Either contact will do: giving one answers "at least one" for the other too.
    const other = field === 'email' ? 'phone' : field === 'phone' ? 'email' : null;
    if (other && problems[other]) setProblems((p) => ({ ...p, [other]: checkField(other, next, drive, options) }));
  };

  const leave = (field: FieldName) => {
    // The server's word stands until the field is changed: the summary taking focus blurs the
    // field, and a wrong code still has six digits.
    if (problems[field]?.message) return;
    let current = values;
    if (field === 'birthDate' && values.birthDate) {
      current = { ...values, birthDate: normalizeTypedDate(values.birthDate) };
      setValues(current);
    }
    if (field === 'donatedElsewhereOn' && values.donatedElsewhereOn) {
      current = { ...values, donatedElsewhereOn: normalizeTypedDate(values.donatedElsewhereOn) };
      setValues(current);
    }
    if (field === 'code' && values.code) {
      current = { ...values, code: normalizeCode(values.code) };
      setValues(current);
    }
    const untouched = field !== 'consent' && field !== 'healthConsent' && field !== 'shiftId' && !String(current[field]).trim();
    if (untouched && !problems[field]) return; // leaving an empty field while moving around is not an error yet
    setProblems((p) => ({ ...p, [field]: checkField(field, current, drive, options) }));
  };

  const showProblems = () => {
    setShowSummary(true);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  /** Sends the code to the contact, after checking it here; then the code field takes focus. */
  const sendCode = async () => {
    if (code.sending || code.waitFor(contact) > 0) return;
    const found = checkField(target, values, drive, options);
    if (found?.key === 'contactRequired') {
      setProblems((p) => ({ ...p, phone: found, email: found }));
      document.getElementById(FIELD_IDS.phone)?.focus();
      return;
    }
    if (found) {
      setProblems((p) => ({ ...p, [target]: found }));
      document.getElementById(FIELD_IDS[target])?.focus();
      return;
    }
    setProblems((p) => ({ ...p, [target]: undefined }));
    const outcome = await code.send(contact);
    if (outcome.sent) {
      document.getElementById(FIELD_IDS.code)?.focus();
      return;
    }
    const { failure } = outcome;
    if (failure.code === 'NOT_FOUND') {
      setFormError(t('form.closed'));
      showProblems();
    } else if (failure.code === 'BAD_USER_INPUT') {
      const { fields } = serverProblems(failure, drive, locale, target);
      setProblems((p) => ({ ...p, ...fields }));
      document.getElementById(FIELD_IDS[target])?.focus();
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submittingRef.current) return; // a double tap sends one sign-up
    const cleaned = {
      ...values, birthDate: normalizeTypedDate(values.birthDate), donatedElsewhereOn: normalizeTypedDate(values.donatedElsewhereOn), code: normalizeCode(values.code),
    };
    setValues(cleaned);
    const found = checkAll(cleaned, drive, options);
    setProblems(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      showProblems();
      return;
    }
    submittingRef.current = true;
    setSubmitting(true);
    try {
      const { signUp } = await request(SIGN_UP, { input: signUpInput(cleaned) }, { locale });
      clearDraft(drive.slug);
      onSignedUp(signUp, cleaned);
    } catch (error) {
      const failure = asRequestError(error);
      const { fields, elsewhere } = serverProblems(failure, drive, locale);
      setProblems(fields);
      if (failure.code === 'NOT_FOUND') setFormError(t('form.closed'));
      else if (elsewhere.length) setFormError(elsewhere.join(' '));
      else if (!Object.keys(fields).length) setFormError(failure);
      showProblems();
    } finally {
      submittingRef.current = false;
      setSubmitting(false);
    }
  };

  const signUpInput = (cleaned: SignUpValues) => ({
    driveSlug: drive.slug,
    shiftId: cleaned.shiftId,
    name: cleaned.name.trim(),
    email: cleaned.email.trim() || null,
    phone: cleaned.phone.trim() || null,
    code: cleaned.code,
    birthDate: cleaned.birthDate,
    regionCode: regionOf(cleaned.city)?.code ?? null,
    // Health data: not even sent without the health consent (nor stored, if it were).
    bloodType: cleaned.healthConsent ? ((cleaned.bloodType || null) as BloodType | null) : null,
    consent: cleaned.consent,
    healthConsent: cleaned.healthConsent,
    callOuts: cleaned.callOuts,
    // Donations elsewhere are health data too: sent only with the health consent.
    ...(cleaned.healthConsent ? selfReportOf(cleaned) : {}),
    teamCode,
    source,
    referrer,
    locale,
  });

  const errorOf = (field: FieldName) => {
    const found = problems[field];
    return found ? wordProblem(found, locale) : undefined;
  };

  /** What a text input needs: its id, value and problem, and its handlers. */
  const textField = (field: TextFieldName) => ({
    id: FIELD_IDS[field],
    error: errorOf(field),
    value: values[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => update(field, e.target.value),
    onBlur: () => leave(field),
  });

  const formErrorText = formError === null ? null : typeof formError === 'string' ? formError : requestErrorText(formError);
  // "Give an e-mail or a mobile number" is one problem, though both fields show it.
  const noContact = problems.phone?.key === 'contactRequired' && problems.email?.key === 'contactRequired';
  const summary = {
    shown: showSummary,
    ref: summaryRef,
    fields: FIELDS.filter((f) => problems[f] && !(noContact && f === 'email')),
    labelOf: (field: FieldName) => (noContact && field === 'phone' ? 'form.contactEither' : FIELD_LABELS[field]),
    formErrorText,
  };
  const codeStep = { ...code, contact, target, sentHere: code.sentTo(contact), waitSeconds: code.waitFor(contact), send: sendCode };

  return { drive, values, problems, submitting, joiningWaitlist, summary, codeStep, update, submit, errorOf, textField };
}
