import { AccessToken, CreatedToken, CreateTokenBody } from '../../../contracts/accounts';
import { IdParams, NoContent, PageQuery, pageOf } from '../../../contracts/common';
import { createAccessToken, listAccessTokens, revokeAccessToken } from '../../auth/access-tokens';
import { notFound } from '../../errors';
import { callerId } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';

/**
 * Personal access tokens for scripts and the CLI (`Authorization: Bearer prx_…`). Only a
 * signed-in browser session manages them: a token can neither list, create nor revoke tokens.
 */
export async function tokenRoutes(app: App, deps: ServerDeps) {
  app.get(
    '/api/tokens',
    {
      config: { access: 'session' },
      schema: {
        tags: ['tokens'],
        summary: 'My access tokens, newest first (never the secrets); session only',
        querystring: PageQuery,
        response: { 200: pageOf(AccessToken), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listAccessTokens(deps.db, callerId(request), request.query),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'session' },
      schema: {
        tags: ['tokens'],
        summary: 'Create a token with a scope and an expiry; its secret is in this answer only',
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const created = await createAccessToken(deps.db, callerId(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'session' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke a token; session only',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const revoked = await revokeAccessToken(deps.db, callerId(request), request.params.id);
      if (!revoked) throw notFound('No such token.');
      return reply.status(204).send(null);
    },
  );
}
