import { pageOf } from '../../../contracts/common';
import {
  CreateReactionBody,
  Reaction,
  ReactionPatterns,
  ReactionPatternsQuery,
  ReactionQuery,
  UpdateReactionBody,
} from '../../../contracts/reactions';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { callerId } from '../../http/authenticate';
import { ownedItemRoutes } from '../../http/owned-item-routes';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { createReaction, deleteReaction, updateReaction } from './commands';
import { presentReaction } from './presenters';
import { findOwnReaction, listReactions, reactionPatternsOf } from './queries';

const readReaction = async (db: Db, userId: string, id: string) =>
  presentReaction(await findOwnReaction(db, userId, id));

/** The reaction log: trigger → emotion → automatic reaction → chosen response → outcome. */
export async function reactionRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'reactions');
  route.get(
    '/api/reactions',
    {
      summary: 'My reaction log, newest first, optionally between two calendar dates',
      query: ReactionQuery,
      reply: pageOf(Reaction),
      errors: [400, 401],
    },
    async (request) => {
      const page = await listReactions(db, callerId(request), request.query);
      return { items: page.items.map(presentReaction), nextCursor: page.nextCursor };
    },
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
