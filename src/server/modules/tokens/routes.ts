import { AccessToken, CreatedToken, CreateTokenBody } from '../../../contracts/accounts';
import { IdParams, PageQuery, pageOf } from '../../../contracts/common';
import { createAccessToken, listAccessTokens, revokeAccessToken } from '../../auth/access-tokens';
import { notFound } from '../../errors';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';

/**
 * Personal access tokens for scripts and the CLI (`Authorization: Bearer prx_…`). Only a
 * signed-in browser session manages them: a token can neither list, create nor revoke tokens.
 */
export async function tokenRoutes(app: App, { db }: ServerDeps) {
  const route = routeTable(app, 'tokens');
  route.get(
    '/api/tokens',
    {
      summary: 'My access tokens, newest first (never the secrets); session only',
      access: 'session',
      query: PageQuery,
      reply: pageOf(AccessToken),
      errors: [400, 401, 403],
    },
    async (request) => listAccessTokens(db, callerId(request), request.query),
  );
  route.post(
    '/api/tokens',
    {
      summary: 'Create a token with a scope and an expiry; its secret is in this answer only',
      access: 'session',
      body: CreateTokenBody,
      reply: CreatedToken,
      status: 201,
      errors: [400, 401, 403],
    },
    async (request) => createAccessToken(db, callerId(request), request.body),
  );
  route.delete(
    '/api/tokens/:id',
    {
      summary: 'Revoke a token; session only',
      access: 'session',
      params: IdParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) => {
      const revoked = await revokeAccessToken(db, callerId(request), request.params.id);
      if (!revoked) throw notFound('No such token.');
    },
  );
}
