// The sign-up form: the contact and its one-time code first, then the shift, the person, the
// consent, and the button that says whether it signs up or joins a waitlist. State and submission
// are in useSignUpForm; errors are tied to their inputs (aria-describedby) and listed in a summary
// that takes focus on submit.
import { useTranslation } from 'react-i18next';
import { ConsentFields } from './consent-fields';
import { ContactFields } from './contact-fields';
import { DonatedBeforeFields } from './donated-before-fields';
import { ErrorSummary } from './error-summary';
import { FIELD_IDS } from './field-ids';
import { PersonFields } from './person-fields';
import { ShiftPicker } from './shift-picker';
import { useSignUpForm, type SignUpFormProps } from './use-sign-up-form';

export function SignUpForm(props: SignUpFormProps) {
  const { t } = useTranslation();
  const form = useSignUpForm(props);
  const { drive, values, submitting, joiningWaitlist } = form;

  return (
    <form noValidate onSubmit={form.submit} aria-labelledby="sign-up-heading">
      <h2 id="sign-up-heading">{t('form.heading')}</h2>
      <p className="muted">{t('form.intro')}</p>

      <ErrorSummary form={form} />
      <ContactFields form={form} />

      <ShiftPicker
        id={FIELD_IDS.shiftId}
        legend={t('shift.legend')}
        shifts={drive.shifts}
        timeZone={drive.timeZone}
        value={values.shiftId}
        onChange={(id) => form.update('shiftId', id)}
        error={form.errorOf('shiftId')}
      />

      <PersonFields form={form} />
      <DonatedBeforeFields form={form} />
      <ConsentFields form={form} />

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
