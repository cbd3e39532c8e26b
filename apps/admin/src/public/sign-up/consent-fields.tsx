// The drive's consents, each its own statement in the version the server sent: the general one
// (required), the one to health data (required where the drive records outcomes; without it no
// blood type is sent) and the opt-in to urgent call-outs.
import { useTranslation } from 'react-i18next';
import { FieldError } from '../ui/fields';
import { FIELD_IDS } from './field-ids';
import type { SignUpFormState } from './use-sign-up-form';

export function ConsentFields({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
  const { drive } = form;
  return (
    <>
      <fieldset className="field">
        <legend>{t('form.consentLegend')}</legend>
        <ConsentBox form={form} field="consent" text={drive.consentText} version={drive.consentVersion} required />
      </fieldset>

      <fieldset className="field">
        <legend>{t('form.healthConsentLegend')}</legend>
        <ConsentBox form={form} field="healthConsent" text={drive.healthConsentText} version={drive.healthConsentVersion} required={drive.healthConsentRequired} />
      </fieldset>

      <div className="field">
        <label className="check">
          <input type="checkbox" checked={form.values.callOuts} onChange={(e) => form.update('callOuts', e.target.checked)} />
          <span className="check__text">{drive.callOutsConsentText}</span>
        </label>
      </div>
    </>
  );
}

interface ConsentBoxProps {
  form: SignUpFormState;
  field: 'consent' | 'healthConsent';
  text: string;
  version: string;
  required: boolean;
}

function ConsentBox({ form, field, text, version, required }: ConsentBoxProps) {
  const { values, problems, update } = form;
  const id = FIELD_IDS[field];
  return (
    <>
      <label className={problems[field] ? 'check check--invalid' : 'check'}>
        <input
          type="checkbox"
          id={id}
          checked={values[field]}
          onChange={(e) => update(field, e.target.checked)}
          aria-invalid={problems[field] ? true : undefined}
          aria-describedby={problems[field] ? `${id}-error` : undefined}
          required={required}
        />
        <span className="check__text" data-consent-version={version}>
          {text}
        </span>
      </label>
      <FieldError id={id} error={form.errorOf(field)} />
    </>
  );
}
