import { IdParams, NoContent, pageOf } from '../../../contracts/common';
import {
  Belief,
  BeliefQuery,
  CreateBeliefBody,
  UpdateBeliefBody,
} from '../../../contracts/beliefs';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { createBelief, deleteBelief, findOwnBelief, listBeliefs, updateBelief } from './commands';
import { presentBelief } from './presenters';

/** Beliefs: a register of limiting and empowering beliefs, examined with evidence and reframed. */
export async function beliefRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;
  const tags = ['beliefs'];

  app.get(
    '/api/beliefs',
    {
      schema: {
        tags,
        summary: 'My beliefs, newest first, optionally of one kind',
        querystring: BeliefQuery,
        response: { 200: pageOf(Belief), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const page = await listBeliefs(db, callerId(request), request.query);
      return { items: page.items.map(presentBelief), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/beliefs',
    {
      schema: {
        tags,
        summary: 'Examine a belief: evidence for and against, and a reframe',
        body: CreateBeliefBody,
        response: { 201: Belief, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentBelief(await createBelief(db, callerId(request), request.body))),
  );

  app.get(
    '/api/beliefs/:id',
    {
      schema: {
        tags,
        summary: 'One belief, with the limiting phrases in its statement',
        params: IdParams,
        response: { 200: Belief, ...errorResponses(401, 404) },
      },
    },
    async (request) => presentBelief(await findOwnBelief(db, callerId(request), request.params.id)),
  );

  app.patch(
    '/api/beliefs/:id',
    {
      schema: {
        tags,
        summary: 'Change a belief: its statement, kind, evidence or reframe',
        params: IdParams,
        body: UpdateBeliefBody,
        response: { 200: Belief, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentBelief(await updateBelief(db, callerId(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/beliefs/:id',
    {
      schema: {
        tags,
        summary: 'Delete a belief',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteBelief(db, callerId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
