// i18next for the volunteer-facing pages: English and Simplified Chinese, both bundled (each is a
// few kilobytes, and switching must be instant on a slow network). Validation messages come from
// the shared catalogue in @life-relay/domain instead, so the form and the API word them alike.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useCallback } from 'react';
import type { Locale } from '@life-relay/domain';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { initialLocale, rememberLocale } from './locale';

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh-CN'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  react: { useSuspense: false },
});

/** The page language, and a way to switch it (remembered on this device). */
export function useLocale(): [Locale, (next: Locale) => void] {
  const { i18n: instance } = useTranslation();
  const locale = (instance.resolvedLanguage ?? instance.language) as Locale;
  const setLocale = useCallback(
    (next: Locale) => {
      rememberLocale(next);
      void instance.changeLanguage(next);
    },
    [instance],
  );
  return [locale, setLocale];
}
