import {
  CreateReactionBody,
  Reaction,
  ReactionPatterns,
  ReactionPatternsQuery,
  ReactionQuery,
  UpdateReactionBody,
} from '../../../contracts/reactions';
import { todayFor } from '../../db/people';
import { callerId } from '../../http/authenticate';
import { foundAndPresented } from '../../http/found-and-presented';
import { listRoute } from '../../http/list-route';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { presentedPage } from '../../http/presented-page';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { createReaction, deleteReaction, updateReaction } from './commands';
import { presentReaction } from './presenters';
import { findOwnReaction, listReactions, reactionPatternsOf } from './queries';

const readReaction = foundAndPresented(findOwnReaction, presentReaction);
const reactionsPage = presentedPage(listReactions, presentReaction);

/** The reaction log: trigger → emotion → automatic reaction → chosen response → outcome. */
export async function reactionRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'reactions');
  listRoute(
    route,
    '/api/reactions',
    {
      summary: 'My reaction log, newest first, optionally between two calendar dates',
      item: Reaction,
      query: ReactionQuery,
    },
    (userId, query) => reactionsPage(db, userId, query),
  );
  route.get(
    '/api/reactions/patterns',
    {
      summary: 'What keeps setting me off: the most frequent trigger words and emotions',
      query: ReactionPatternsQuery,
      reply: ReactionPatterns,
      errors: [400, 401],
    },
    async (request) => {
      const userId = callerId(request);
      return reactionPatternsOf(db, userId, await todayFor(db, userId), request.query.days);
    },
  );
  ownedItemRoutes(route, db, {
    path: '/api/reactions',
    item: Reaction,
    read: ['One reaction', readReaction],
    create: [
      'Log a reaction: what set it off, what I felt, did, chose, and what came of it',
      CreateReactionBody,
      createReaction,
    ],
    update: [
      'Change a reaction, e.g. add the chosen response and the outcome later',
      UpdateReactionBody,
      updateReaction,
    ],
    remove: ['Delete a reaction', deleteReaction],
  });
}
