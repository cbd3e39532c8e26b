import { SegmentedControl } from '@mantine/core';
import { LOCALES, type Locale } from '@life-relay/domain';
import { useTranslation } from 'react-i18next';
import { useOrganizerLocale } from '../i18n/organizer-i18n';

/** 中文 | English, each named in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const [locale, setLocale] = useOrganizerLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
    />
  );
}
