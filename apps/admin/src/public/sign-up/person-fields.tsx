// Who is signing up: name, date of birth and (optionally) their city and blood type; the contact
// is asked first (contact-fields.tsx). The city is typed with the list's names offered as one
// types (a datalist: the phone's own picker, searchable, no script of ours).
import { useTranslation } from 'react-i18next';
import { BloodType, REGIONS, SIGN_UP_FIELD_LIMITS } from '@life-relay/domain';
import { useLocale } from '../i18n/i18n';
import { SelectField, TextField } from '../ui/fields';
import { FIELD_IDS } from './field-ids';
import type { SignUpFormState } from './use-sign-up-form';

export function PersonFields({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  return (
    <>
      <TextField
        {...form.textField('name')}
        label={t('form.name')}
        hint={t('form.nameHint')}
        autoComplete="name"
        maxLength={SIGN_UP_FIELD_LIMITS.name + 20}
        required
      />
      <TextField
        {...form.textField('birthDate')}
        label={t('form.birthDate')}
        hint={t('form.birthDateHint')}
        inputMode="numeric"
        autoComplete="bday"
        placeholder="YYYY-MM-DD"
        required
      />
      <TextField
        {...form.textField('city')}
        label={t('form.city')}
        hint={t('form.cityHint')}
        list="su-city-list"
        autoComplete="address-level2"
        maxLength={40}
      />
      <datalist id="su-city-list">
        {REGIONS.map((r) => (
          <option key={r.code} value={locale === 'zh-CN' ? r.zh : r.en} />
        ))}
      </datalist>
      <SelectField
        id={FIELD_IDS.bloodType}
        label={t('form.bloodType')}
        value={form.values.bloodType}
        onChange={(e) => form.update('bloodType', e.target.value)}
      >
        <option value="">{t('form.bloodTypeUnknown')}</option>
        {Object.values(BloodType).map((type) => (
          <option key={type} value={type}>
            {t(`form.bloodTypes.${type}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
