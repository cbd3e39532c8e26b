// i18next for the organizers' app: its own instance (the public pages keep theirs small), one
// namespace per feature, both languages bundled. The language starts as the browser's (or the one
// chosen before on this device) and switches instantly from the header.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useCallback } from 'react';
import type { Locale } from '@life-relay/domain';
import { initialLocale, rememberLocale } from '../../public/i18n/locale';
import { organizerResources } from './resources';

export const organizerI18n = i18next.createInstance();

void organizerI18n.use(initReactI18next).init({
  resources: organizerResources,
  ns: Object.keys(organizerResources.en),
  defaultNS: 'common',
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh-CN'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  react: { useSuspense: false },
});

/** The app's language, and a way to switch it (remembered on this device). */
export function useOrganizerLocale(): [Locale, (next: Locale) => void] {
  const { i18n } = useTranslation('common');
  const locale = (i18n.resolvedLanguage ?? i18n.language) as Locale;
  const setLocale = useCallback(
    (next: Locale) => {
      rememberLocale(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return [locale, setLocale];
}
