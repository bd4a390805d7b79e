import type { QueryClient } from '@tanstack/react-query';

/** Today composes practices, reflections, aspirations and moods: writes to them refresh it. */
export const TODAY_KEY = ['today'] as const;

/**
 * Cache keys of one kind of item: everything under `[root]` (its lists), and one item's full
 * form at `[root, 'detail', id]`.
 */
export function detailKeyOf(root: string) {
  return (id: string) => [root, 'detail', id] as const;
}

/** Refreshes the kind's lists and Today, but no single item. */
function refreshLists(queryClient: QueryClient, root: string) {
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: [root],
      predicate: (query) => query.queryKey[1] !== 'detail',
    }),
    queryClient.invalidateQueries({ queryKey: TODAY_KEY }),
  ]);
}

/**
 * After a write: keeps the fresh item the server answered with (no refetch of it) and refreshes
 * the lists and Today. A write that answers with no item refreshes everything of the kind.
 */
export function afterSave(queryClient: QueryClient, root: string, item?: { id: string } | void) {
  if (!item) {
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [root] }),
      queryClient.invalidateQueries({ queryKey: TODAY_KEY }),
    ]);
  }
  queryClient.setQueryData(detailKeyOf(root)(item.id), item);
  return refreshLists(queryClient, root);
}

/**
 * After a delete: never refetches the deleted item (the page that showed it can stay mounted a
 * moment while the next page loads, and it would answer 404; its entry expires once unused),
 * and refreshes the lists and Today.
 */
export async function afterDelete(queryClient: QueryClient, root: string, id: string) {
  await queryClient.cancelQueries({ queryKey: detailKeyOf(root)(id) });
  return refreshLists(queryClient, root);
}
