// Which language a visitor sees: the one they chose on any page (remembered on this device),
// else the best match for the browser's languages, by the same rule the API applies to
// Accept-Language. Tiny on purpose: the app shell uses it before any page chunk has loaded.
import { LOCALES, pickLocale, type Locale } from '@life-relay/domain';

const STORAGE_KEY = 'life-relay.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language the visitor chose with the switch on this device, if any. */
export function rememberedLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be off (private mode, embedded browsers in chat apps): nothing remembered.
  }
  return null;
}

export function initialLocale(): Locale {
  return rememberedLocale() ?? pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the switch still works for this visit.
  }
}
