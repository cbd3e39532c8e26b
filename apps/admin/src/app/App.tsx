// The application shell: product name and tagline for now; routing, auth and the feature
// areas hang off this component as they arrive.
import { pickLocale, type Locale } from '@life-relay/domain';

export const PRODUCT_NAME = 'Life Relay';

const TAGLINES: Record<Locale, string> = {
  en: 'Organize blood drives, recruit college teams, and turn sign-ups into donations.',
  'zh-CN': '组织献血活动，招募高校团队，让每一次报名都变成真正的献血。',
};

export interface AppProps {
  /** Defaults to the browser's preferred languages, so tests and callers may pin it. */
  locale?: Locale;
}

export function App({ locale = pickLocale(navigator.languages) }: AppProps) {
  return (
    <main className="shell" lang={locale}>
      <h1 className="shell__title">{PRODUCT_NAME}</h1>
      <p className="shell__tagline">{TAGLINES[locale]}</p>
    </main>
  );
}
