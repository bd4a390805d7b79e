import {
  Belief,
  BeliefQuery,
  CreateBeliefBody,
  UpdateBeliefBody,
} from '../../../contracts/beliefs';
import { foundAndPresented } from '../../http/found-and-presented';
import { listRoute } from '../../http/list-route';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { presentedPage } from '../../http/presented-page';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { createBelief, deleteBelief, findOwnBelief, listBeliefs, updateBelief } from './commands';
import { presentBelief } from './presenters';

const readBelief = foundAndPresented(findOwnBelief, presentBelief);
const beliefsPage = presentedPage(listBeliefs, presentBelief);

/** Beliefs: a register of limiting and empowering beliefs, examined with evidence and reframed. */
export async function beliefRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'beliefs');
  listRoute(
    route,
    '/api/beliefs',
    {
      summary: 'My beliefs, newest first, optionally of one kind or examined from one reflection',
      item: Belief,
      query: BeliefQuery,
    },
    (userId, query) => beliefsPage(db, userId, query),
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
