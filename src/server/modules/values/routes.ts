import { IdParams } from '../../../contracts/common';
import {
  CreateValueBody,
  UpdateValueBody,
  Value,
  ValueList,
  ValueOrderBody,
} from '../../../contracts/vision';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { createValue, deleteValue, reorderValues, updateValue } from './commands';
import { listValues } from './queries';

/** A person's values: named, described, ranked. At most MAX_VALUES, so the list is one page. */
export async function valueRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'vision');
  route.get(
    '/api/values',
    { summary: 'My values, most important first', reply: ValueList, errors: [401] },
    async (request) => ({ items: await listValues(db, callerId(request)), nextCursor: null }),
  );
  route.post(
    '/api/values',
    {
      summary: 'Add a value (ranked last)',
      body: CreateValueBody,
      reply: Value,
      status: 201,
      errors: [400, 401, 403, 409],
    },
    async (request) => createValue(db, callerId(request), request.body),
  );
  route.put(
    '/api/values/order',
    {
      summary: 'Rank my values: all their ids, most important first',
      body: ValueOrderBody,
      reply: ValueList,
      errors: [400, 401, 403],
    },
    async (request) => ({
      items: await reorderValues(db, callerId(request), request.body.ids),
      nextCursor: null,
    }),
  );
  route.patch(
    '/api/values/:id',
    {
      summary: 'Rename or re-describe a value',
      params: IdParams,
      body: UpdateValueBody,
      reply: Value,
      errors: [400, 401, 403, 404],
    },
    async (request) => updateValue(db, callerId(request), request.params.id, request.body),
  );
  route.delete(
    '/api/values/:id',
    { summary: 'Remove a value', params: IdParams, status: 204, errors: [401, 403, 404] },
    async (request) => deleteValue(db, callerId(request), request.params.id),
  );
}
