import { Plus } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { LoadError } from '../ui/load-error';
import { PageHeader } from '../ui/page-header';
import { PageLoading } from '../ui/page-loading';
import { useDocumentTitle } from '../../lib/use-document-title';

/** What the page needs of each list it shows (a React Query result fits, paged or not). */
export interface ListQuery {
  data: unknown;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * The page of one kind of my own items (learning, reactions, practices): its title and lead
 * with the "New …" button, then, once the first of `lists` has loaded, the `empty` state of a
 * first visit (handed the same button) or the page's `children`. A failed list offers to try
 * them all again. `dialog` renders the dialog that starts an item, given whether it is open.
 *
 * @example
 * <ListPage title={t('practices.title')} lead={t('practices.lead')} newLabel={t('practices.new.open')}
 *   lists={[current, archived]} empty={current.data?.length === 0 ? (button) => <EmptyState …>{button}</EmptyState> : null}
 *   dialog={(open, onOpenChange) => <PracticeDialog open={open} onOpenChange={onOpenChange} />}>
 *   {() => <ul>…</ul>}
 * </ListPage>
 */
export function ListPage({
  title,
  lead,
  newLabel,
  lists,
  empty,
  dialog,
  children,
}: {
  title: string;
  lead: ReactNode;
  newLabel: string;
  /** The page's lists; the first is the one the page waits for. */
  lists: readonly [ListQuery, ...ListQuery[]];
  /** The first visit's empty state, given the "New …" button; null when there is something. */
  empty: ((newButton: ReactNode) => ReactNode) | null;
  dialog: (open: boolean, onOpenChange: (open: boolean) => void) => ReactNode;
  /** The loaded page, given the "New …" button (e.g. for an empty part of it). */
  children: (newButton: ReactNode) => ReactNode;
}) {
  useDocumentTitle(title);
  const [adding, setAdding] = useState(false);
  const failed = lists.find((list) => list.isError);
  const newButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setAdding(true)}
    >
      {newLabel}
    </Button>
  );

  return (
    <>
      <PageHeader title={title} lead={lead} action={newButton} />
      {failed ? (
        <LoadError
          error={failed.error}
          onRetry={() => lists.forEach((list) => void list.refetch())}
        />
      ) : !lists[0].data ? (
        <PageLoading />
      ) : empty ? (
        empty(newButton)
      ) : (
        children(newButton)
      )}
      {dialog(adding, setAdding)}
    </>
  );
}
