// The application shell: owns the page language and, for now, shows the product name and
// tagline; routing, auth and the feature areas hang off this component as they arrive.
import { useEffect } from 'react';
import { pickLocale, type Locale } from '@life-relay/domain';
import './app.css';

export const PRODUCT_NAME = 'Life Relay';

const TAGLINES: Record<Locale, string> = {
  en: 'Organize blood drives, recruit college teams, and turn sign-ups into donations.',
  'zh-CN': '组织献血活动，招募高校团队，让每一次报名都变成真正的献血。',
};

export interface AppProps {
  /** Defaults to the browser's preferred languages; the same rule the API uses for Accept-Language. */
  locale?: Locale;
}

export function App({ locale = pickLocale(navigator.languages) }: AppProps) {
  // Screen readers, hyphenation and CJK font selection all follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <main className="shell">
      <h1 className="shell__title">{PRODUCT_NAME}</h1>
      <p className="shell__tagline">{TAGLINES[locale]}</p>
    </main>
  );
}
