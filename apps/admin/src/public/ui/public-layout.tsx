// The frame of every volunteer-facing page: brand, language switch, content, footer. Keeps
// <html lang> and the document title in step with the page, which screen readers rely on.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n';
import './public.css';

export interface PublicLayoutProps {
  /** The page's own title; the product name is appended. */
  title?: string;
  wide?: boolean;
  children: ReactNode;
}

export function PublicLayout({ title, wide = false, children }: PublicLayoutProps) {
  const { t } = useTranslation();
  const [locale, setLocale] = useLocale();
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    document.title = title ? `${title} · ${t('common.appName')}` : t('common.appName');
  }, [title, t]);

  return (
    <div className="pub">
      <header className={wide ? 'pub__bar pub__bar--wide' : 'pub__bar'}>
        <span className="pub__brand">
          <DropIcon />
          {t('common.appName')}
        </span>
        <button type="button" className="lang-switch" lang={other} aria-label={t('common.switchLanguageLabel')} onClick={() => setLocale(other)}>
          {t('common.switchLanguage')}
        </button>
      </header>
      <main id="main" className={wide ? 'pub__main pub__main--wide' : 'pub__main'}>
        {children}
      </main>
      <footer className="pub__footer">{t('common.footer')}</footer>
    </div>
  );
}

function DropIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2.5c-.3 0-.6.2-.8.4C9.4 5.3 5 11.2 5 15a7 7 0 0 0 14 0c0-3.8-4.4-9.7-6.2-12.1a1 1 0 0 0-.8-.4Z" />
    </svg>
  );
}

/** A neutral placeholder while the page's data arrives: no text jumps, no spinner churn. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('common.loading')}
      </p>
      <div className="skeleton" style={{ height: '1.5rem', width: '40%', margin: '1rem 0' }} />
      <div className="skeleton" style={{ height: '2.5rem', width: '85%', marginBottom: '1rem' }} />
      <div className="skeleton" style={{ height: '8rem', marginBottom: '1rem' }} />
      <div className="skeleton" style={{ height: '14rem' }} />
    </div>
  );
}
