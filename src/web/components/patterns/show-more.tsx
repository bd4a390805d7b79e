import type { ReactNode } from 'react';
import { Button } from '../ui/button';

/** What "Show more" needs of a list asked for a page at a time (`useInfiniteQuery` fits). */
export interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The "Show more" button under a list asked for a page at a time: it asks for the next page and
 * spins while it comes; with no page left it is not there.
 *
 * @example <ShowMore list={reactions}>{t('reactions.showMore')}</ShowMore>
 */
export function ShowMore({ list, children }: { list: PagedList; children: ReactNode }) {
  if (!list.hasNextPage) return null;
  return (
    <Button
      className="self-center"
      loading={list.isFetchingNextPage}
      onClick={() => void list.fetchNextPage()}
    >
      {children}
    </Button>
  );
}
