import type { z } from 'zod';
import { PageQuery, pageOf } from '../../contracts/common';
import type { Db } from '../db/database';
import { callerId } from './authenticate';
import type { RouteTable } from './route-table';

/**
 * The four routes both pair spaces (delegation agreements, 1:1 spaces) open with, at `path`
 * and `path/:id`: my spaces a page at a time, start one (201), read one, and close it (archive
 * or end) at `path/:id/<close[0]>`. Every answer about a space is `load`'s — after a write too —
 * so `load` is where access is decided (404 to anyone but its two people) and the space presented.
 */
export type PairSpaceSpec<I extends z.ZodType, S extends z.ZodType, C extends z.ZodType, T> = {
  path: string;
  item: I;
  params: z.ZodType<{ id: string }>;
  load: (db: Db, userId: string, id: string) => Promise<z.output<I>>;
  list: [
    summary: string,
    item: S,
    list: (
      db: Db,
      userId: string,
      page: PageQuery,
    ) => Promise<{ items: T[]; nextCursor: string | null }>,
    present: (row: T) => z.output<S>,
  ];
  start: [
    summary: string,
    body: C,
    start: (db: Db, userId: string, body: z.output<C>) => Promise<string>,
  ];
  read: string;
  close: [
    action: string,
    summary: string,
    close: (db: Db, userId: string, id: string) => Promise<unknown>,
  ];
};

/**
 * Declares a pair space's list, start, read and close routes on its module's route table.
 *
 * @example
 * pairSpaceRoutes(route, db, {
 *   path: '/api/one-on-ones',
 *   item: OneOnOne,
 *   params: SpaceParams,
 *   load: loadSpace,
 *   list: ['My 1:1 spaces', OneOnOneSummary, listSpaces, presentSpaceSummary],
 *   start: ['Start a 1:1', CreateOneOnOneBody, startOneOnOne],
 *   read: 'One 1:1',
 *   close: ['end', 'End the 1:1', endOneOnOne],
 * });
 */
export function pairSpaceRoutes<I extends z.ZodType, S extends z.ZodType, C extends z.ZodType, T>(
  route: RouteTable,
  db: Db,
  spec: PairSpaceSpec<I, S, C, T>,
) {
  const [listSummary, summaryItem, list, present] = spec.list;
  route.get(
    spec.path,
    { summary: listSummary, query: PageQuery, reply: pageOf(summaryItem), errors: [400, 401] },
    async (request) => {
      const page = await list(db, callerId(request), request.query);
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  );
  const [startSummary, body, start] = spec.start;
  route.post(
    spec.path,
    { summary: startSummary, body, reply: spec.item, status: 201, errors: [400, 401, 403, 409] },
    async (request) => {
      const userId = callerId(request);
      return spec.load(db, userId, await start(db, userId, request.body as z.output<C>));
    },
  );
  route.get(
    `${spec.path}/:id`,
    { summary: spec.read, params: spec.params, reply: spec.item, errors: [401, 404] },
    async (request) => spec.load(db, callerId(request), (request.params as { id: string }).id),
  );
  const [action, closeSummary, close] = spec.close;
  route.post(
    `${spec.path}/:id/${action}`,
    { summary: closeSummary, params: spec.params, reply: spec.item, errors: [401, 403, 404, 409] },
    async (request) => {
      const userId = callerId(request);
      const { id } = request.params as { id: string };
      await close(db, userId, id);
      return spec.load(db, userId, id);
    },
  );
}
