import type { ReactNode } from 'react';
import { LoadError } from '../ui/load-error';
import { PageLoading } from '../ui/page-loading';
import type { ListQuery } from './list-page';

/**
 * The results of a searched or filtered list: a status line screen readers announce (`found`,
 * e.g. "3 found", or '' while nothing is narrowed), then the list's error with a retry, its
 * loading, `empty` when it has no items, or the items (`children`).
 *
 * @example
 * <SearchResults list={list} found={q ? t('library.found', { count }) : ''} isEmpty={count === 0}
 *   empty={<NothingFound>{t('library.nothingFound')}</NothingFound>}>
 *   <ul>…</ul>
 * </SearchResults>
 */
export function SearchResults({
  list,
  found,
  isEmpty,
  empty,
  children,
}: {
  list: ListQuery & { isSuccess: boolean };
  found: string;
  isEmpty: boolean;
  empty: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <p role="status" className="sr-only">
        {list.isSuccess ? found : ''}
      </p>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <PageLoading />
      ) : isEmpty ? (
        empty
      ) : (
        children
      )}
    </>
  );
}
