import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/patterns/back-link';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useCurrentUser } from '../../../lib/session';
import type { ShareControl } from '../../../lib/share-control';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAspiration } from '../api';
import { AspirationView } from './aspiration-view';

/**
 * One aspiration: its tension, large; the chart over time; steps; history; status. The app
 * passes in `ShareControl` ("Who can see this") from the sharing feature.
 */
export function AspirationPage({ ShareControl }: { ShareControl?: ShareControl } = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: user } = useCurrentUser();
  const aspiration = useAspiration(id);
  useDocumentTitle(aspiration.data?.title ?? t('vision.aspiration.pageTitle'));

  const back = <BackLink to="/vision">{t('vision.title')}</BackLink>;

  if (!user) return null;
  if (aspiration.isError) {
    const missing = aspiration.error instanceof ApiError && aspiration.error.status === 404;
    return (
      <>
        {back}
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {missing ? t('vision.aspiration.missing') : t('vision.aspiration.pageTitle')}
        </h1>
        {missing ? (
          <p className="text-ink-muted">{t('vision.aspiration.missingBody')}</p>
        ) : (
          <LoadError error={aspiration.error} onRetry={() => void aspiration.refetch()} />
        )}
      </>
    );
  }
  if (!aspiration.data) return <PageLoading />;
  return (
    <>
      {back}
      <AspirationView
        aspiration={aspiration.data}
        timeZone={user.timeZone}
        ShareControl={ShareControl}
      />
    </>
  );
}
