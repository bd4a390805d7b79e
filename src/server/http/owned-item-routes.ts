import type { z } from 'zod';
import { IdParams } from '../../contracts/common';
import type { Db } from '../db/database';
import { callerId } from './authenticate';
import type { RouteTable } from './route-table';

type Read<I extends z.ZodType> = (db: Db, userId: string, id: string) => Promise<z.output<I>>;

/**
 * The four routes of an item that only its author sees, at `path` and `path/:id`: create (201),
 * read, change and delete (204). Every answer about the item is `read`'s — after a write too —
 * so `read` is where the item is found (404 when it is not the caller's) and presented. The
 * commands do the writes and throw the module's errors; `bodyLimit` applies to both writes, which
 * then may answer 413.
 */
export type OwnedItemSpec<I extends z.ZodType, C extends z.ZodType, U extends z.ZodType> = {
  path: string;
  item: I;
  bodyLimit?: number;
  read: [summary: string, read: Read<I>];
  create: [
    summary: string,
    body: C,
    create: (db: Db, userId: string, body: z.output<C>) => Promise<{ id: string }>,
  ];
  update: [
    summary: string,
    body: U,
    update: (db: Db, userId: string, id: string, body: z.output<U>) => Promise<unknown>,
  ];
  remove?: [summary: string, remove: (db: Db, userId: string, id: string) => Promise<unknown>];
};

/**
 * Declares an owned item's create, read, change and delete routes on a module's route table.
 *
 * @example
 * ownedItemRoutes(route, db, {
 *   path: '/api/beliefs',
 *   item: Belief,
 *   read: ['One belief', readBelief],
 *   create: ['Examine a belief', CreateBeliefBody, createBelief],
 *   update: ['Change a belief', UpdateBeliefBody, updateBelief],
 *   remove: ['Delete a belief', deleteBelief],
 * });
 */
export function ownedItemRoutes<I extends z.ZodType, C extends z.ZodType, U extends z.ZodType>(
  route: RouteTable,
  db: Db,
  spec: OwnedItemSpec<I, C, U>,
) {
  const { path, item, bodyLimit } = spec;
  const [readSummary, read] = spec.read;
  const [createSummary, CreateBody, create] = spec.create;
  const [updateSummary, UpdateBody, update] = spec.update;
  const writeLimit = bodyLimit === undefined ? {} : { bodyLimit };
  const tooLarge = bodyLimit === undefined ? [] : ([413] as const);

  route.post(
    path,
    {
      summary: createSummary,
      body: CreateBody,
      reply: item,
      status: 201,
      errors: [400, 401, 403, ...tooLarge],
      ...writeLimit,
    },
    async (request) => {
      const userId = callerId(request);
      // Zod resolves the body's type only for a concrete schema, which C stands for.
      const created = await create(db, userId, request.body as z.output<C>);
      return read(db, userId, created.id);
    },
  );
  route.get(
    `${path}/:id`,
    { summary: readSummary, params: IdParams, reply: item, errors: [401, 404] },
    async (request) => read(db, callerId(request), request.params.id),
  );
  route.patch(
    `${path}/:id`,
    {
      summary: updateSummary,
      params: IdParams,
      body: UpdateBody,
      reply: item,
      errors: [400, 401, 403, 404, ...tooLarge],
      ...writeLimit,
    },
    async (request) => {
      const userId = callerId(request);
      await update(db, userId, request.params.id, request.body as z.output<U>);
      return read(db, userId, request.params.id);
    },
  );
  if (!spec.remove) return;
  const [removeSummary, remove] = spec.remove;
  route.delete(
    `${path}/:id`,
    { summary: removeSummary, params: IdParams, status: 204, errors: [401, 403, 404] },
    async (request) => {
      await remove(db, callerId(request), request.params.id);
    },
  );
}
