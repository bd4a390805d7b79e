import { Eye, Inbox } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAccessLog } from '../api';
import { AccessLogRow } from './access-log-row';

/**
 * `/access-log`: every read of my shared items by someone else, newest first, in plain
 * sentences ("Ana (ana@example.com) read your aspiration “Coach, not fix” on Tuesday"): the
 * reader as their account is now, or "A deleted account". Only I see it.
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.log.title'));
  const { data: me } = useCurrentUser();
  const log = useAccessLog();
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <header className="mb-8 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('sharing.log.title')}</h1>
        <p className="max-w-prose text-ink-muted">{t('sharing.log.lead')}</p>
        <Link
          to="/shared"
          className="inline-flex items-center gap-1.5 self-start rounded-sm text-sm font-medium text-accent-ink underline-offset-4 hover:underline"
        >
          <Inbox aria-hidden className="size-4" />
          {t('sharing.log.toShared')}
        </Link>
      </header>
      {log.isError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : !log.data || !me ? (
        <PageLoading />
      ) : entries.length === 0 ? (
        <EmptyState icon={Eye} title={t('sharing.log.emptyTitle')} body={t('sharing.log.empty')} />
      ) : (
        <div className="flex flex-col gap-4">
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {entries.map((entry) => (
              <AccessLogRow key={entry.id} entry={entry} timeZone={me.timeZone} />
            ))}
          </ul>
          {log.hasNextPage ? (
            <div>
              <Button
                size="sm"
                variant="ghost"
                loading={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {t('sharing.log.more')}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </>
  );
}
