import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFeedbackRequest } from '../api';
import { BackToFeedback } from './back-to-feedback';
import { MissingRequest } from './missing-request';
import { RequestView } from './request-view';

/**
 * `/feedback/requests/:id`: one of my requests and the answers that may be shown, and closing it.
 * Anonymous answers appear only after closing and only when at least three arrived; the page says
 * so without any number, before and after.
 */
export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const request = useFeedbackRequest(id);
  const { data: me } = useCurrentUser();
  useDocumentTitle(request.data?.question ?? t('feedback.title'));

  const back = <BackToFeedback />;

  if (request.error instanceof ApiError && request.error.status === 404) {
    return (
      <>
        {back}
        <MissingRequest />
      </>
    );
  }
  if (request.isError) {
    return <LoadError error={request.error} onRetry={() => void request.refetch()} />;
  }
  if (!request.data || !me) return <PageLoading />;
  return (
    <>
      {back}
      <RequestView request={request.data} timeZone={me.timeZone} />
    </>
  );
}
