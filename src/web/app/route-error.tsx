import { useEffect } from 'react';
import { useTranslation } from '../lib/use-translation';
import { useRouteError } from 'react-router';
import { CenteredLayout } from '../components/layouts/centered-layout';
import { Button } from '../components/ui/button';
import { useDocumentTitle } from '../lib/use-document-title';

/** The last resort when a page fails to render: say so plainly and offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('routeError.title'));
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <CenteredLayout>
      <div className="flex flex-col items-start gap-4">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('routeError.title')}</h1>
        <p className="text-[0.9375rem] text-ink-muted">{t('routeError.body')}</p>
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
      </div>
    </CenteredLayout>
  );
}
