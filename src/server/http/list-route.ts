import type { z } from 'zod';
import { PageQuery, pageOf } from '../../contracts/common';
import { callerId } from './authenticate';
import type { ErrorStatus, RouteTable } from './route-table';

/** A page of a list as a module's query gives it. */
type Page<I extends z.ZodType> = { items: z.output<I>[]; nextCursor: string | null };

/**
 * How a list route is described: its summary, the schema of one item, its query (`PageQuery`
 * unless said: `limit` and an id cursor), its path parameters if any, and its errors (400 and
 * 401 unless said).
 */
export type ListSpec<I extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> = {
  summary: string;
  item: I;
  query?: Q;
  params?: P;
  errors?: readonly ErrorStatus[];
};

/**
 * Declares a GET list on a module's route table: it answers `pageOf(item)`, and `list` — a read
 * from the module's queries — is given the caller, the checked query and the path parameters.
 *
 * @example
 * listRoute(
 *   route,
 *   '/api/access-log',
 *   { summary: 'Who read my shared items (newest first)', item: AccessLogEntry },
 *   (userId, page) => accessLog(db, userId, page),
 * );
 */
export function listRoute<
  I extends z.ZodType,
  Q extends z.ZodType = typeof PageQuery,
  P extends z.ZodType = z.ZodType<Record<string, never>>,
>(
  route: RouteTable,
  path: string,
  spec: ListSpec<I, Q, P>,
  list: (userId: string, query: z.output<Q>, params: z.output<P>) => Promise<Page<I>>,
) {
  const { summary, item, query = PageQuery, params, errors = [400, 401] } = spec;
  route.get(
    path,
    { summary, query, reply: pageOf(item), errors, ...(params && { params }) },
    // Zod resolves the query's and the parameters' types only for concrete schemas.
    async (request) =>
      list(callerId(request), request.query as z.output<Q>, request.params as z.output<P>),
  );
}
