import { IdParams, NoContent, pageOf } from '../../../contracts/common';
import {
  CreateReactionBody,
  Reaction,
  ReactionPatterns,
  ReactionPatternsQuery,
  ReactionQuery,
  UpdateReactionBody,
} from '../../../contracts/reactions';
import { addDays, localDate } from '../../../core/calendar';
import { toPage } from '../../../core/pagination';
import { reactionPatterns } from '../../../core/reaction-patterns';
import { timeZoneOf } from '../../db/people';
import { badRequest } from '../../errors';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { nowIso } from '../../lib/time';
import {
  createReaction,
  deleteReaction,
  emotionsOf,
  findOwnReaction,
  reactionColumns,
  updateReaction,
} from './commands';
import { presentReaction } from './presenters';

/** The reaction log: trigger → emotion → automatic reaction → chosen response → outcome. */
export async function reactionRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['reactions'];

  app.get(
    '/api/reactions',
    {
      schema: {
        tags,
        summary: 'My reaction log, newest first, optionally between two calendar dates',
        querystring: ReactionQuery,
        response: { 200: pageOf(Reaction), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { from, to, limit, cursor } = request.query;
      if (from && to && from > to) {
        throw badRequest('validation_failed', '`from` is after `to`.', [
          { path: ['from'], message: 'Choose a start on or before the end.' },
        ]);
      }
      let select = db
        .selectFrom('reactions')
        .select(reactionColumns)
        .where('userId', '=', callerId(request))
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (from) select = select.where('date', '>=', from);
      if (to) select = select.where('date', '<=', to);
      if (cursor) {
        const { at, id } = cursor;
        select = select.where(({ or, and, eb }) =>
          or([eb('at', '<', at), and([eb('at', '=', at), eb('id', '<', id)])]),
        );
      }
      const page = toPage(await select.execute(), limit, 'timed', (row) => row);
      return { items: page.items.map(presentReaction), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/reactions',
    {
      schema: {
        tags,
        summary: 'Log a reaction: what set it off, what I felt, did, chose, and what came of it',
        body: CreateReactionBody,
        response: { 201: Reaction, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentReaction(await createReaction(db, callerId(request), request.body))),
  );

  app.get(
    '/api/reactions/patterns',
    {
      schema: {
        tags,
        summary: 'What keeps setting me off: the most frequent trigger words and emotions',
        querystring: ReactionPatternsQuery,
        response: { 200: ReactionPatterns, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const userId = callerId(request);
      const to = localDate(nowIso(), await timeZoneOf(db, userId));
      const from = addDays(to, 1 - request.query.days);
      const rows = await db
        .selectFrom('reactions')
        .select(['trigger', 'emotions', 'intensity'])
        .where('userId', '=', userId)
        .where('date', '>=', from)
        .where('date', '<=', to)
        .execute();
      const patterns = reactionPatterns(
        rows.map((r) => ({ trigger: r.trigger, emotions: emotionsOf(r), intensity: r.intensity })),
      );
      return { from, to, reactions: rows.length, ...patterns };
    },
  );

  app.get(
    '/api/reactions/:id',
    {
      schema: {
        tags,
        summary: 'One reaction',
        params: IdParams,
        response: { 200: Reaction, ...errorResponses(401, 404) },
      },
    },
    async (request) =>
      presentReaction(await findOwnReaction(db, callerId(request), request.params.id)),
  );

  app.patch(
    '/api/reactions/:id',
    {
      schema: {
        tags,
        summary: 'Change a reaction, e.g. add the chosen response and the outcome later',
        params: IdParams,
        body: UpdateReactionBody,
        response: { 200: Reaction, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentReaction(await updateReaction(db, callerId(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/reactions/:id',
    {
      schema: {
        tags,
        summary: 'Delete a reaction',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteReaction(db, callerId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
