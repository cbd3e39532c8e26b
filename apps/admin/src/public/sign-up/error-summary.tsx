// The list of what stops the form, above it: it takes focus on submit (role="alert"), and each
// item is a link that moves focus to its field.
import { useTranslation } from 'react-i18next';
import { FIELD_IDS } from './field-ids';
import type { SignUpFormState } from './use-sign-up-form';

export function ErrorSummary({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
  const { shown, ref, fields, labelOf, formErrorText } = form.summary;
  const count = fields.length + (formErrorText ? 1 : 0);
  if (!shown || count === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('form.errorSummary', { count })}</h2>
      <ul>
        {formErrorText && <li>{formErrorText}</li>}
        {fields.map((field) => (
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
              {t('form.summaryItem', { field: t(labelOf(field)), message: form.errorOf(field) })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
