import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLearningItem } from '../api';
import { ItemView } from './item-view';

/**
 * One learning item: what it is and where it comes from, the aspirations it serves, its
 * insights as sanitized Markdown, and the time given to it, session by session. Edit, mark as
 * done, log time, and delete (after a confirmation) live here too.
 */
export function ItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useLearningItem(id);
  useDocumentTitle(item.data?.title ?? t('learning.title'));

  let content;
  if (item.error instanceof ApiError && item.error.status === 404) {
    content = (
      <>
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('learning.item.missing')}
        </h1>
        <p className="text-ink-muted">{t('learning.item.missingBody')}</p>
      </>
    );
  } else if (item.isError) {
    content = <LoadError error={item.error} onRetry={() => void item.refetch()} />;
  } else if (!item.data) {
    content = <PageLoading />;
  } else {
    content = <ItemView item={item.data} />;
  }
  return (
    <>
      <Link
        to="/learning"
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t('learning.item.back')}
      </Link>
      {content}
    </>
  );
}
