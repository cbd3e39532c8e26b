// Optional, self-reported: donations given elsewhere (the last one's day and kind, and how many
// before). Folded away, since most people have none to tell; open whenever something is typed or
// wrong. They count for the intervals between donations and for milestones, and are stored only
// with the health consent.
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../ui/fields';
import { FIELD_IDS } from './field-ids';
import type { SignUpFormState } from './use-sign-up-form';

export function DonatedBeforeFields({ form }: { form: SignUpFormState }) {
  const { t } = useTranslation();
  const { values, problems } = form;
  const open = Boolean(values.donatedElsewhereOn || values.donatedElsewhereKind || values.earlierDonations
    || problems.donatedElsewhereOn || problems.donatedElsewhereKind || problems.earlierDonations);
  return (
    <details className="donated-before" open={open || undefined}>
      <summary>{t('form.donatedBefore')}</summary>
      <p className="muted">{t('form.donatedBeforeHint')}</p>
      <TextField {...form.textField('donatedElsewhereOn')} label={t('form.donatedElsewhereOn')} inputMode="numeric" placeholder="YYYY-MM-DD" />
      <SelectField
        id={FIELD_IDS.donatedElsewhereKind}
        label={t('form.donatedElsewhereKind')}
        value={values.donatedElsewhereKind}
        error={form.errorOf('donatedElsewhereKind')}
        onChange={(e) => form.update('donatedElsewhereKind', e.target.value)}
      >
        <option value="">{t('form.donatedElsewhereKindNone')}</option>
        <option value="WHOLE_BLOOD">{t('form.donationKinds.WHOLE_BLOOD')}</option>
        <option value="PLATELETS">{t('form.donationKinds.PLATELETS')}</option>
      </SelectField>
      <TextField {...form.textField('earlierDonations')} label={t('form.earlierDonations')} hint={t('form.earlierDonationsHint')} inputMode="numeric" />
    </details>
  );
}
