// The drive's consent (required, in the version the server sent) and the opt-in to urgent call-outs.
import { useTranslation } from 'react-i18next';
import { FieldError } from '../ui/fields';
import { FIELD_IDS } from './field-ids';
import type { SignUpFormState } from './use-sign-up-form';

export function ConsentFields({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
  const { drive, values, problems, update } = form;
  return (
    <>
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
        <FieldError id={FIELD_IDS.consent} error={form.errorOf('consent')} />
      </fieldset>

      <div className="field">
        <label className="check">
          <input type="checkbox" checked={values.callOuts} onChange={(e) => update('callOuts', e.target.checked)} />
          <span className="check__text">{t('form.callOuts')}</span>
        </label>
      </div>
    </>
  );
}
