// The words of both i18next instances, as types: `t('key')` is checked against the English
// catalogue, for the public pages (namespace `translation`) and each organizer namespace alike.
import type en from './public/i18n/locales/en.json';
import type { organizerResources } from './app/i18n/organizer-resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en } & (typeof organizerResources)['en'];
  }
}
