// The words of the volunteer-facing pages, English and Simplified Chinese, in the app's one
// i18next set-up. Validation messages come from the shared catalogue in @life-relay/domain
// instead, so the form and the API word them alike.
import { createI18n } from '../../app/i18n/create-i18n';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

export const i18n = createI18n(resources);

export { useLocale } from '../../app/i18n/use-locale';
