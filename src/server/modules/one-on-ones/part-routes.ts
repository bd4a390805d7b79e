import type { z } from 'zod';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import type { ErrorStatus, RouteTable } from '../../http/route-table';
import type { Names } from '../../lib/people';

/** What a write to a part answers: the part's row and the names of the two people. */
type Changed<R> = { item: R; names: Names };

/**
 * The three routes of one kind of part of a 1:1 (its notes, its action items): add at `path`
 * (201), change and remove at `path/:key`. The commands take the caller, the space and the
 * part's ids and check access; `present` turns what a write gave back into the answer.
 *
 * @example
 * spacePartRoutes(route, db, {
 *   path: '/api/one-on-ones/:id/notes', key: 'noteId', spaceParams: SpaceParams,
 *   params: NoteParams, item: Note, present: (c, userId) => presentNote(c.item, c.names, userId),
 *   add: ['Write a note', NoteBody, addNote], change: ['Change a note', NoteBody, updateNote],
 *   remove: ['Delete a note', deleteNote], errors: { write: writeErrors, remove: deleteErrors },
 * });
 */
export function spacePartRoutes<
  K extends string,
  I extends z.ZodType,
  A extends z.ZodType,
  U extends z.ZodType,
  R,
>(
  route: RouteTable,
  db: Db,
  spec: {
    path: string;
    key: K;
    spaceParams: z.ZodType<{ id: string }>;
    params: z.ZodType<{ id: string } & Record<K, string>>;
    item: I;
    present: (changed: Changed<R>, userId: string) => z.output<I>;
    add: [
      summary: string,
      body: A,
      add: (db: Db, userId: string, spaceId: string, body: z.output<A>) => Promise<Changed<R>>,
    ];
    change: [
      summary: string,
      body: U,
      change: (
        db: Db,
        userId: string,
        ids: { spaceId: string } & Record<K, string>,
        body: z.output<U>,
      ) => Promise<Changed<R>>,
    ];
    remove: [
      summary: string,
      remove: (
        db: Db,
        userId: string,
        ids: { spaceId: string } & Record<K, string>,
      ) => Promise<unknown>,
    ];
    errors: { write: readonly ErrorStatus[]; remove: readonly ErrorStatus[] };
  },
) {
  const { path, key, params, item, present, errors } = spec;
  const [addSummary, AddBody, add] = spec.add;
  const [changeSummary, ChangeBody, change] = spec.change;
  const [removeSummary, remove] = spec.remove;
  type Ids = { spaceId: string } & Record<K, string>;
  // The path's `:id` is the space's; the part's own id is under `key`.
  const idsOf = (given: unknown) => {
    const { id, [key]: partId } = given as { id: string } & Record<K, string>;
    return { spaceId: id, [key]: partId } as Ids;
  };
  route.post(
    path,
    {
      summary: addSummary,
      params: spec.spaceParams,
      body: AddBody,
      reply: item,
      status: 201,
      errors: errors.write,
    },
    async (request) => {
      const userId = callerId(request);
      // Zod resolves the body's type only for a concrete schema, which A stands for.
      return present(await add(db, userId, request.params.id, request.body as z.output<A>), userId);
    },
  );
  route.patch(
    `${path}/:${key}`,
    { summary: changeSummary, params, body: ChangeBody, reply: item, errors: errors.write },
    async (request) => {
      const userId = callerId(request);
      const ids = idsOf(request.params);
      return present(await change(db, userId, ids, request.body as z.output<U>), userId);
    },
  );
  route.delete(
    `${path}/:${key}`,
    { summary: removeSummary, params, status: 204, errors: errors.remove },
    async (request) => {
      await remove(db, callerId(request), idsOf(request.params));
    },
  );
}
