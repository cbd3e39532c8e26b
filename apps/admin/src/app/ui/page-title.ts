import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab says which page this is (and screen readers announce it on navigation). */
export function usePageTitle(page: string): void {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = t('pageTitle', { page });
  }, [page, t]);
}
