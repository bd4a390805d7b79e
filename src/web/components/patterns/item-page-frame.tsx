import type { ReactNode } from 'react';
import { ApiError } from '../../lib/api-client';
import { LoadError } from '../ui/load-error';
import { PageLoading } from '../ui/page-loading';
import { BackLink } from './back-link';

/** What the frame needs of the query of one item (a React Query result fits). */
export interface ItemQuery<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * The page of one of my items under the way back to its list: the item (`children`, given it)
 * once loaded, a plain "not there" (`missing`) when the server answers 404 (someone else's or
 * deleted), a retry when it fails. With `query` null there is nothing to load (a new item) and
 * `blank` is shown instead.
 *
 * @example
 * <ItemPageFrame back={{ to: '/reactions', label: t('reactions.item.back') }} query={useReaction(id)}
 *   missing={{ title: t('reactions.item.missing'), body: t('reactions.item.missingBody') }}>
 *   {(reaction) => <ReactionView reaction={reaction} />}
 * </ItemPageFrame>
 */
export function ItemPageFrame<T>({
  back,
  query,
  missing,
  blank = null,
  children,
}: {
  back: { to: string; label: ReactNode };
  query: ItemQuery<T> | null;
  missing: { title: ReactNode; body: ReactNode };
  blank?: ReactNode;
  children: (item: T) => ReactNode;
}) {
  let content: ReactNode;
  if (!query) {
    content = blank;
  } else if (query.error instanceof ApiError && query.error.status === 404) {
    content = (
      <>
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">{missing.title}</h1>
        <p className="text-ink-muted">{missing.body}</p>
      </>
    );
  } else if (query.isError) {
    content = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data === undefined) {
    content = <PageLoading />;
  } else {
    content = children(query.data);
  }
  return (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      {content}
    </>
  );
}
