import { pageOf } from '../../../contracts/common';
import {
  Belief,
  BeliefQuery,
  CreateBeliefBody,
  UpdateBeliefBody,
} from '../../../contracts/beliefs';
import type { Db } from '../../db/database';
import { callerId } from '../../http/authenticate';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { createBelief, deleteBelief, findOwnBelief, listBeliefs, updateBelief } from './commands';
import { presentBelief } from './presenters';

const readBelief = async (db: Db, userId: string, id: string) =>
  presentBelief(await findOwnBelief(db, userId, id));

/** Beliefs: a register of limiting and empowering beliefs, examined with evidence and reframed. */
export async function beliefRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'beliefs');
  route.get(
    '/api/beliefs',
    {
      summary: 'My beliefs, newest first, optionally of one kind',
      query: BeliefQuery,
      reply: pageOf(Belief),
      errors: [400, 401],
    },
    async (request) => {
      const page = await listBeliefs(db, callerId(request), request.query);
      return { items: page.items.map(presentBelief), nextCursor: page.nextCursor };
    },
  );
  ownedItemRoutes(route, db, {
    path: '/api/beliefs',
    item: Belief,
    read: ['One belief, with the limiting phrases in its statement', readBelief],
    create: [
      'Examine a belief: evidence for and against, and a reframe',
      CreateBeliefBody,
      createBelief,
    ],
    update: [
      'Change a belief: its statement, kind, evidence or reframe',
      UpdateBeliefBody,
      updateBelief,
    ],
    remove: ['Delete a belief', deleteBelief],
  });
}
