// The sign-up form. Checks run with the shared rules as fields are left and on submit; the
// server's field errors land next to the same fields. Errors are tied to their inputs
// (aria-describedby), listed in a summary that takes focus on submit, and re-worded when the
// language changes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BloodType, SIGN_UP_FIELD_LIMITS } from '@life-relay/domain';
import type { PublicDriveQuery, SignUpMutation } from '../../generated/graphql';
import { GraphQLRequestError, request } from '../api/graphql-client';
import { SIGN_UP } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { SelectField, TextField, FieldError } from '../ui/fields';
import { useRequestErrorText, wordProblem, type Problem } from '../ui/problems';
import { ShiftPicker } from './shift-picker';
import { checkAll, checkField, EMPTY_VALUES, FIELDS, normalizeTypedDate, type FieldName, type Problems, type SignUpValues } from './validation';

export type PublicDrive = NonNullable<PublicDriveQuery['publicDrive']>;
export type Receipt = SignUpMutation['signUp'];

export interface SignUpFormProps {
  drive: PublicDrive;
  /** The team code of the link, when the server knows it. */
  teamCode: string | null;
  source: string | null;
  onSignedUp: (receipt: Receipt, values: SignUpValues) => void;
}

const FIELD_LABELS = {
  shiftId: 'shift.legend',
  name: 'form.name',
  email: 'form.email',
  phone: 'form.phone',
  birthDate: 'form.birthDate',
  bloodType: 'form.bloodType',
  consent: 'form.consentLegend',
} as const satisfies Record<FieldName, string>;

export const FIELD_IDS: Record<FieldName, string> = {
  shiftId: 'su-shift',
  name: 'su-name',
  email: 'su-email',
  phone: 'su-phone',
  birthDate: 'su-birth-date',
  bloodType: 'su-blood-type',
  consent: 'su-consent',
};

type PhoneRule = (typed: string) => boolean;

export function SignUpForm({ drive, teamCode, source, onSignedUp }: SignUpFormProps) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const requestErrorText = useRequestErrorText();
  const openShifts = drive.shifts.filter((s) => new Date(s.endsAt) >= new Date());
  const [values, setValues] = useState<SignUpValues>(() => ({ ...EMPTY_VALUES, shiftId: openShifts.length === 1 ? openShifts[0].id : '' }));
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<GraphQLRequestError | string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [showSummary, setShowSummary] = useState(false);
  const [isPhone, setIsPhone] = useState<PhoneRule>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const submittingRef = useRef(false);

  // The full phone rule is large: fetch it once the page is up, not before.
  useEffect(() => {
    let live = true;
    const load = () =>
      import('./phone-rule').then(
        (m) => live && setIsPhone(() => m.isPhone),
        () => undefined, // offline: the server checks the number
      );
    const idle = window.requestIdleCallback?.(load, { timeout: 2000 }) ?? window.setTimeout(load, 300);
    return () => {
      live = false;
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);

  const options = { isPhone };
  const chosen = drive.shifts.find((s) => s.id === values.shiftId);
  const joiningWaitlist = chosen !== undefined && chosen.spotsLeft <= 0;

  const update = <K extends keyof SignUpValues>(field: K, value: SignUpValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // A shown problem is re-checked as it is fixed; a new one waits until the field is left.
    if ((FIELDS as readonly string[]).includes(field) && problems[field as FieldName]) {
      setProblems((p) => ({ ...p, [field]: checkField(field as FieldName, next, drive, options) }));
    }
    if (field === 'shiftId' && problems.birthDate) {
      setProblems((p) => ({ ...p, birthDate: checkField('birthDate', next, drive, options) }));
    }
  };

  const leave = (field: FieldName) => {
    let current = values;
    if (field === 'birthDate' && values.birthDate) {
      current = { ...values, birthDate: normalizeTypedDate(values.birthDate) };
      setValues(current);
    }
    const untouched = field !== 'consent' && field !== 'shiftId' && !String(current[field]).trim();
    if (untouched && !problems[field]) return; // leaving an empty field while moving around is not an error yet
    setProblems((p) => ({ ...p, [field]: checkField(field, current, drive, options) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submittingRef.current) return; // a double tap sends one sign-up
    const cleaned = { ...values, birthDate: normalizeTypedDate(values.birthDate) };
    setValues(cleaned);
    const found = checkAll(cleaned, drive, options);
    setProblems(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      setShowSummary(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    submittingRef.current = true;
    setSubmitting(true);
    try {
      const { signUp } = await request(
        SIGN_UP,
        {
          input: {
            driveSlug: drive.slug,
            shiftId: cleaned.shiftId,
            name: cleaned.name.trim(),
            email: cleaned.email.trim(),
            phone: cleaned.phone.trim(),
            birthDate: cleaned.birthDate,
            bloodType: (cleaned.bloodType || null) as BloodType | null,
            consent: cleaned.consent,
            callOuts: cleaned.callOuts,
            teamCode,
            source,
            locale,
          },
        },
        { locale },
      );
      onSignedUp(signUp, cleaned);
    } catch (error) {
      const failure = error instanceof GraphQLRequestError ? error : new GraphQLRequestError('SERVER', String(error));
      const fromServer: Problems = {};
      const elsewhere: string[] = [];
      for (const f of failure.fields) {
        const field = f.field.replace(/^input\./, '');
        if ((FIELDS as readonly string[]).includes(field)) fromServer[field as FieldName] = { key: f.key, message: f.message, locale, params: paramsFor(f.key) };
        else elsewhere.push(f.message);
      }
      setProblems(fromServer);
      if (failure.code === 'NOT_FOUND') setFormError(t('form.closed'));
      else if (elsewhere.length) setFormError(elsewhere.join(' '));
      else if (!Object.keys(fromServer).length) setFormError(failure);
      setShowSummary(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      submittingRef.current = false;
      setSubmitting(false);
    }
  };

  // Parameters the client knows for keys the server filled in, so a switch of language can re-word them.
  function paramsFor(key: string | undefined): Problem['params'] {
    if (key === 'tooYoung') return { minAge: drive.minAge ?? '' };
    if (key === 'tooOld') return { maxAge: drive.maxAge ?? '' };
    return undefined;
  }

  const errorOf = (field: FieldName) => (problems[field] ? wordProblem(problems[field] as Problem, locale) : undefined);
  const listed = FIELDS.filter((f) => problems[f]);
  const formErrorText = formError === null ? null : typeof formError === 'string' ? formError : requestErrorText(formError);
  const count = listed.length + (formErrorText ? 1 : 0);

  return (
    <form noValidate onSubmit={submit} aria-labelledby="sign-up-heading">
      <h2 id="sign-up-heading">{t('form.heading')}</h2>
      <p className="muted">{t('form.intro')}</p>

      {showSummary && count > 0 && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('form.errorSummary', { count })}</h2>
          <ul>
            {formErrorText && <li>{formErrorText}</li>}
            {listed.map((field) => (
              <li key={field}>
                <a
                  href={`#${FIELD_IDS[field]}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const target = document.getElementById(FIELD_IDS[field]);
                    target?.focus();
                    target?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {t('form.summaryItem', { field: t(FIELD_LABELS[field]), message: errorOf(field) })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <ShiftPicker
        id={FIELD_IDS.shiftId}
        legend={t('shift.legend')}
        shifts={drive.shifts}
        timeZone={drive.timeZone}
        value={values.shiftId}
        onChange={(id) => update('shiftId', id)}
        error={errorOf('shiftId')}
      />

      <TextField
        id={FIELD_IDS.name}
        label={t('form.name')}
        hint={t('form.nameHint')}
        error={errorOf('name')}
        value={values.name}
        onChange={(e) => update('name', e.target.value)}
        onBlur={() => leave('name')}
        autoComplete="name"
        maxLength={SIGN_UP_FIELD_LIMITS.name + 20}
        required
      />
      <TextField
        id={FIELD_IDS.email}
        label={t('form.email')}
        hint={t('form.emailHint')}
        error={errorOf('email')}
        value={values.email}
        onChange={(e) => update('email', e.target.value)}
        onBlur={() => leave('email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="off"
        spellCheck={false}
        required
      />
      <TextField
        id={FIELD_IDS.phone}
        label={t('form.phone')}
        hint={t('form.phoneHint')}
        error={errorOf('phone')}
        value={values.phone}
        onChange={(e) => update('phone', e.target.value)}
        onBlur={() => leave('phone')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
      />
      <TextField
        id={FIELD_IDS.birthDate}
        label={t('form.birthDate')}
        hint={t('form.birthDateHint')}
        error={errorOf('birthDate')}
        value={values.birthDate}
        onChange={(e) => update('birthDate', e.target.value)}
        onBlur={() => leave('birthDate')}
        inputMode="numeric"
        autoComplete="bday"
        placeholder="YYYY-MM-DD"
        required
      />
      <SelectField
        id={FIELD_IDS.bloodType}
        label={t('form.bloodType')}
        value={values.bloodType}
        onChange={(e) => update('bloodType', e.target.value)}
      >
        <option value="">{t('form.bloodTypeUnknown')}</option>
        {Object.values(BloodType).map((type) => (
          <option key={type} value={type}>
            {t(`form.bloodTypes.${type}`)}
          </option>
        ))}
      </SelectField>

      <fieldset className="field">
        <legend>{t('form.consentLegend')}</legend>
        <label className={problems.consent ? 'check check--invalid' : 'check'}>
          <input
            type="checkbox"
            id={FIELD_IDS.consent}
            checked={values.consent}
            onChange={(e) => update('consent', e.target.checked)}
            aria-invalid={problems.consent ? true : undefined}
            aria-describedby={problems.consent ? `${FIELD_IDS.consent}-error` : undefined}
            required
          />
          <span className="check__text" data-consent-version={drive.consentVersion}>
            {drive.consentText}
          </span>
        </label>
        <FieldError id={FIELD_IDS.consent} error={errorOf('consent')} />
      </fieldset>

      <div className="field">
        <label className="check">
          <input type="checkbox" checked={values.callOuts} onChange={(e) => update('callOuts', e.target.checked)} />
          <span className="check__text">{t('form.callOuts')}</span>
        </label>
      </div>

      {joiningWaitlist && (
        <p className="notice notice--warn" id="waitlist-notice">
          {t('form.waitlistNotice')}
        </p>
      )}

      <button
        type="submit"
        className="btn btn--block"
        aria-disabled={submitting || undefined}
        aria-describedby={joiningWaitlist ? 'waitlist-notice' : undefined}
      >
        {submitting ? t('form.submitting') : joiningWaitlist ? t('form.submitWaitlist') : t('form.submit')}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {submitting ? t('form.submitting') : ''}
      </p>
    </form>
  );
}
