/**
 * A read of one page of a list with the module's query, its rows presented one by one and its
 * cursor kept: what a `listRoute` answers. Use it where a list's items need only `present`.
 *
 * @example
 * const beliefsPage = presentedPage(listBeliefs, presentBelief);
 * listRoute(route, '/api/beliefs', { summary: 'My beliefs', item: Belief, query: BeliefQuery },
 *   (userId, query) => beliefsPage(db, userId, query));
 */
export function presentedPage<A extends unknown[], R, P>(
  list: (...args: A) => Promise<{ items: R[]; nextCursor: string | null }>,
  present: (row: R) => P,
) {
  return async (...args: A) => {
    const page = await list(...args);
    return { items: page.items.map((row) => present(row)), nextCursor: page.nextCursor };
  };
}
