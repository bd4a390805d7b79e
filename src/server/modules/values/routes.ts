import { IdParams, NoContent, pageOf } from '../../../contracts/common';
import { CreateValueBody, UpdateValueBody, Value, ValueOrderBody } from '../../../contracts/vision';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { createValue, deleteValue, listValues, reorderValues, updateValue } from './commands';

const ValueList = pageOf(Value);

/** A person's values: named, described, ranked. The list is short, so it is one page. */
export async function valueRoutes(app: App, deps: ServerDeps) {
  const { db } = deps;

  app.get(
    '/api/values',
    {
      schema: {
        tags: ['vision'],
        summary: 'My values, most important first',
        response: { 200: ValueList, ...errorResponses(401) },
      },
    },
    async (request) => ({ items: await listValues(db, callerId(request)), nextCursor: null }),
  );

  app.post(
    '/api/values',
    {
      schema: {
        tags: ['vision'],
        summary: 'Add a value (ranked last)',
        body: CreateValueBody,
        response: { 201: Value, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createValue(db, callerId(request), request.body)),
  );

  app.put(
    '/api/values/order',
    {
      schema: {
        tags: ['vision'],
        summary: 'Rank my values: all their ids, most important first',
        body: ValueOrderBody,
        response: { 200: ValueList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await reorderValues(db, callerId(request), request.body.ids),
      nextCursor: null,
    }),
  );

  app.patch(
    '/api/values/:id',
    {
      schema: {
        tags: ['vision'],
        summary: 'Rename or re-describe a value',
        params: IdParams,
        body: UpdateValueBody,
        response: { 200: Value, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateValue(db, callerId(request), request.params.id, request.body),
  );

  app.delete(
    '/api/values/:id',
    {
      schema: {
        tags: ['vision'],
        summary: 'Remove a value',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteValue(db, callerId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
