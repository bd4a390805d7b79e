import type { z } from 'zod';
import type { Db } from '../db/database';
import { callerId } from './authenticate';
import type { ErrorStatus, RouteTable } from './route-table';

type Act<A extends unknown[], R> = (db: Db, id: string, userId: string, ...rest: A) => Promise<R>;

/**
 * The two routes of one thing at `path` (its `:id` in `params`) that the caller reads and
 * changes: a GET answered by `read`, and a PATCH (or PUT) that runs `change` with the checked
 * body and answers `read` again, so both answers are the same shape. Each route keeps its own
 * summary and errors; `read` and `change` take `(db, id, callerId[, body])` and throw the
 * module's errors (404 when the caller may not see it, 403 when they may not change it).
 *
 * @example
 * readAndChangeRoutes(route, db, {
 *   path: '/api/orgs/:id/consent',
 *   params: OrgParams,
 *   item: Consent,
 *   read: ['My choice to contribute…', myConsent, [401, 404]],
 *   change: ['put', 'Choose to contribute…', ConsentBody, setConsent, [400, 401, 404]],
 * });
 */
export function readAndChangeRoutes<I extends z.ZodType, B extends z.ZodType>(
  route: RouteTable,
  db: Db,
  spec: {
    path: string;
    params: z.ZodType<{ id: string }>;
    item: I;
    read: [summary: string, read: Act<[], z.output<I>>, errors: readonly ErrorStatus[]];
    change: [
      method: 'patch' | 'put',
      summary: string,
      body: B,
      change: Act<[body: z.output<B>], unknown>,
      errors: readonly ErrorStatus[],
    ];
  },
) {
  const { path, params, item } = spec;
  const [readSummary, read, readErrors] = spec.read;
  const [method, changeSummary, body, change, changeErrors] = spec.change;
  route.get(
    path,
    { summary: readSummary, params, reply: item, errors: readErrors },
    async (request) => read(db, request.params.id, callerId(request)),
  );
  route[method](
    path,
    { summary: changeSummary, params, body, reply: item, errors: changeErrors },
    async (request) => {
      const userId = callerId(request);
      // Zod resolves the body's type only for a concrete schema, which B stands for.
      await change(db, request.params.id, userId, request.body as z.output<B>);
      return read(db, request.params.id, userId);
    },
  );
}
