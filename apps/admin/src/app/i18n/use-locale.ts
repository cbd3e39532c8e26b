// The language of the page in front of the visitor, whichever instance serves it (the public
// pages' or, inside its provider, the organizers' app's), and the switch that remembers a choice.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@life-relay/domain';
import { rememberLocale } from './locale';

/** The page language, and a way to switch it (remembered on this device). */
export function useLocale(): [Locale, (next: Locale) => void] {
  const { i18n } = useTranslation();
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
