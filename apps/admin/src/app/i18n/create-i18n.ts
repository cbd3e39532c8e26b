// The one i18next set-up of the web app. The public pages and the organizers' app each make an
// instance of their own with it (their words, their namespaces: the public chunk must not carry
// the organizers' catalogues), and both start in, and remember, the same language.
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '@life-relay/domain';
import { initialLocale } from './locale';

/** Both languages bundled: each is a few kilobytes, and switching must be instant on a slow network. */
export type Catalogues = Record<Locale, Resource[string]>;

/** An instance with `resources`' namespaces (`translation` when there is one), ready before the first render. */
export function createI18n(resources: Catalogues, defaultNS = 'translation'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    ns: Object.keys(resources.en),
    defaultNS,
    lng: initialLocale(),
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    react: { useSuspense: false },
  });
  return instance;
}
