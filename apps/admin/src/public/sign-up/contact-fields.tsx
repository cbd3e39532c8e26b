// The contact first: a mobile number, an e-mail address or both, the button that sends the
// one-time code (to the number when there is one), where it went, and the code's field, which
// a phone fills from the incoming text (autocomplete="one-time-code").
import { useTranslation } from 'react-i18next';
import { SIGN_UP_FIELD_LIMITS } from '@life-relay/domain';
import { TextField } from '../ui/fields';
import { useRequestErrorText } from '../ui/problems';
import { FIELD_IDS } from './field-ids';
import type { SignUpFormState } from './use-sign-up-form';

const SEND_ERROR_ID = 'su-send-code-error';

export function ContactFields({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field" aria-describedby="su-contact-hint">
      <legend>{t('form.contactLegend')}</legend>
      <span id="su-contact-hint" className="field__hint">
        {t('form.contactHint')}
      </span>
      <TextField
        {...form.textField('phone')}
        label={t('form.phone')}
        hint={t('form.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={SIGN_UP_FIELD_LIMITS.phone + 10}
      />
      <TextField
        {...form.textField('email')}
        label={t('form.email')}
        hint={t('form.emailHint')}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="off"
        spellCheck={false}
      />
      <SendCode form={form} />
      <TextField
        {...form.textField('code')}
        label={t('form.code')}
        hint={t('form.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={12}
        autoCapitalize="off"
        spellCheck={false}
        required
      />
    </fieldset>
  );
}

/** The send button (a countdown while a new code must wait), and a live line saying where the code went. */
function SendCode({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
  const requestErrorText = useRequestErrorText();
  const { sending, sentHere, waitSeconds, contact, failure, blockedFor, send } = form.codeStep;
  const failureText = !failure ? null : failure.code === 'RATE_LIMITED' ? (blockedFor > 0 ? t('form.codeRateLimited', { seconds: blockedFor }) : null) : requestErrorText(failure);
  const label = sending ? t('form.sendingCode') : waitSeconds > 0 ? t('form.resendIn', { seconds: waitSeconds }) : sentHere ? t('form.resendCode') : t('form.sendCode');
  return (
    <div className="field">
      <button
        type="button"
        className="btn btn--quiet btn--small"
        onClick={() => void send()}
        aria-disabled={sending || waitSeconds > 0 || undefined}
        aria-describedby={failureText ? SEND_ERROR_ID : undefined}
        aria-controls={FIELD_IDS.code}
      >
        {label}
      </button>
      <p role="status" aria-live="polite" className={sentHere ? 'notice notice--ok' : undefined}>
        {sentHere ? t('form.codeSent', { contact }) : ''}
      </p>
      {failureText && (
        <p id={SEND_ERROR_ID} className="field__error" role="alert">
          {failureText}
        </p>
      )}
    </div>
  );
}
