import { Bell, CheckCheck } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { InboxItem } from '../../../../contracts/inbox';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useInbox, useMarkAllRead, useMarkRead } from '../api';
import { InboxRow } from './inbox-row';

/**
 * `/inbox`: what asks for my attention, newest first — feedback asked of me, something shared
 * with me, my turn in a pair space … Opening an item marks it read; it updates live.
 */
export function InboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('inbox.title'));
  const { data: me } = useCurrentUser();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const anyUnread = items.some((item) => item.readAt === null);
  const open = (item: InboxItem) => {
    if (item.readAt === null) markRead.mutate(item.id);
  };
  const now = new Date();

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        lead={t('inbox.lead')}
        action={
          anyUnread ? (
            <Button
              icon={<CheckCheck aria-hidden className="size-4" />}
              loading={markAllRead.isPending}
              onClick={() => markAllRead.mutate()}
            >
              {t('inbox.markAllRead')}
            </Button>
          ) : undefined
        }
      />
      {inbox.isError ? (
        <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : !inbox.data || !me ? (
        <PageLoading />
      ) : items.length === 0 ? (
        <EmptyState icon={Bell} title={t('inbox.emptyTitle')} body={t('inbox.empty')} />
      ) : (
        <div className="flex flex-col gap-4">
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {items.map((item) => (
              <InboxRow key={item.id} item={item} timeZone={me.timeZone} now={now} onOpen={open} />
            ))}
          </ul>
          {inbox.hasNextPage ? (
            <Button
              className="self-center"
              loading={inbox.isFetchingNextPage}
              onClick={() => void inbox.fetchNextPage()}
            >
              {t('inbox.more')}
            </Button>
          ) : null}
        </div>
      )}
    </>
  );
}
