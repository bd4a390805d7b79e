import { ArrowLeft, Eye } from 'lucide-react';
import type { TFunction } from '../../../lib/words';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useParams } from 'react-router';
import { ItemType, type SharedItem } from '../../../../contracts/sharing';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSharedItem } from '../api';
import { weekTitle } from './week-title';
import { SharedItemView, type SharedItemViews } from './shared-item-view';

/** The words a shared item is called by in a heading, whatever its kind. */
function titleOf(shared: SharedItem, t: TFunction): string {
  switch (shared.itemType) {
    case 'aspiration':
      return shared.item.title;
    case 'reflection':
      return shared.item.title || shared.title;
    case 'learning_item':
      return shared.item.title;
    case 'practice':
      return shared.item.name;
    case 'belief':
      return shared.item.statement;
    case 'weekly_review':
      return weekTitle(shared.item, t);
  }
}

/**
 * `/shared/:type/:id`: one item someone shared with me, read-only, with who shared it and a
 * plain note that they can see I opened it. Anything not shared with me (any more) reads as
 * not found, whatever the reason. Each kind of item is shown by its feature's read-only view,
 * which the router passes in as `views`.
 */
export function SharedItemPage({ views }: { views: SharedItemViews }) {
  const { t } = useTranslation();
  const params = useParams();
  const parsedType = ItemType.safeParse(params.type);
  const itemType = parsedType.success ? parsedType.data : null;
  const shared = useSharedItem(itemType, params.id ?? '');
  const { data: me } = useCurrentUser();
  useDocumentTitle(
    shared.data ? titleOf(shared.data, t) || t('sharing.item.untitled') : t('sharing.shared.title'),
  );

  const back = (
    <Link
      to="/shared"
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t('sharing.item.back')}
    </Link>
  );

  if (itemType === null || (shared.error instanceof ApiError && shared.error.status === 404)) {
    return (
      <>
        {back}
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('sharing.item.missing')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('sharing.item.missingBody')}</p>
      </>
    );
  }
  if (shared.isError)
    return <LoadError error={shared.error} onRetry={() => void shared.refetch()} />;
  if (!shared.data || !me) return <PageLoading />;
  const data = shared.data;

  return (
    <>
      {back}
      <article className="flex flex-col gap-8">
        <div className="flex flex-col gap-2">
          <p className="text-sm font-medium text-ink-muted">
            {t('sharing.item.byLine', {
              type: t(`sharing.types.${data.itemType}`),
              name: data.owner.name,
            })}
          </p>
          <p className="flex items-center gap-2 self-start rounded-full bg-sunken px-3 py-1 text-sm text-ink-muted">
            <Eye aria-hidden className="size-4 shrink-0" />
            {t('sharing.item.readOnly', { name: data.owner.name })}
          </p>
        </div>
        <SharedItemView shared={data} timeZone={me.timeZone} views={views} />
      </article>
    </>
  );
}
