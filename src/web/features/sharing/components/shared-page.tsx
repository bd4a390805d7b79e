import { Eye, Inbox } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { formatShortDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSharedWithMe } from '../api';
import { groupByOwner } from '../sharing-view';

/**
 * `/shared`: what colleagues share with me now, grouped by person; each item opens read-only.
 */
export function SharedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.shared.title'));
  const { data: me } = useCurrentUser();
  const shared = useSharedWithMe();
  const now = new Date();

  return (
    <>
      <header className="mb-8 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">
          {t('sharing.shared.title')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('sharing.shared.lead')}</p>
        <Link
          to="/access-log"
          className="inline-flex items-center gap-1.5 self-start rounded-sm text-sm font-medium text-accent-ink underline-offset-4 hover:underline"
        >
          <Eye aria-hidden className="size-4" />
          {t('sharing.shared.toLog')}
        </Link>
      </header>
      {shared.isError ? (
        <LoadError error={shared.error} onRetry={() => void shared.refetch()} />
      ) : !shared.data || !me ? (
        <PageLoading />
      ) : shared.data.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title={t('sharing.shared.emptyTitle')}
          body={t('sharing.shared.empty')}
        />
      ) : (
        <div className="flex flex-col gap-8">
          {groupByOwner(shared.data).map((group) => (
            <section key={group.owner.id} className="flex flex-col gap-3">
              <h2 className="text-lg font-semibold tracking-tight text-ink">
                {t('sharing.shared.by', { name: group.owner.name })}
              </h2>
              <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
                {group.items.map((item) => (
                  <li
                    key={`${item.itemType}:${item.itemId}`}
                    className="relative flex flex-col gap-0.5 px-4 py-3.5 transition-colors duration-150 hover:bg-sunken/50 sm:px-5"
                  >
                    <span className="text-xs font-medium tracking-wide text-ink-muted uppercase">
                      {t(`sharing.types.${item.itemType}`)}
                    </span>
                    <Link
                      to={`/shared/${item.itemType}/${item.itemId}`}
                      className="rounded-sm font-medium break-words text-ink after:absolute after:inset-0 hover:text-accent-ink"
                    >
                      {item.title || t('sharing.item.untitled')}
                    </Link>
                    <span className="text-sm text-ink-muted">
                      {t('sharing.shared.sharedOn', {
                        date: formatShortDate(item.sharedAt, navigator.language, me.timeZone, now),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
