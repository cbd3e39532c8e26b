// Who is signing up: name, date of birth and (optionally) blood type; the contact is asked first (contact-fields.tsx).
import { useTranslation } from 'react-i18next';
import { BloodType, SIGN_UP_FIELD_LIMITS } from '@life-relay/domain';
import { SelectField, TextField } from '../ui/fields';
import { FIELD_IDS } from './field-ids';
import type { SignUpFormState } from './use-sign-up-form';

export function PersonFields({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
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
