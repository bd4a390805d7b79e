import { useEffect } from 'react';
import { useTranslation } from './use-translation';

/** Sets the tab title to "<title> · Praxis" while the calling page is shown. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const full = t('app.documentTitle', { title });
  useEffect(() => {
    document.title = full;
  }, [full]);
}
