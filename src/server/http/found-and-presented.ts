/**
 * A read that finds one item with the module's query — which throws the module's 404 when the
 * item is not there or not the caller's — and presents it as its contract says. Use it for a
 * route's answer and for `ownedItemRoutes`' `read`, instead of writing "find, then present" again.
 *
 * @example
 * const readBelief = foundAndPresented(findOwnBelief, presentBelief);
 * ownedItemRoutes(route, db, { path: '/api/beliefs', item: Belief, read: ['One belief', readBelief], … });
 */
export function foundAndPresented<A extends unknown[], R, P>(
  find: (...args: A) => Promise<R>,
  present: (row: R) => P,
) {
  return async (...args: A) => present(await find(...args));
}
