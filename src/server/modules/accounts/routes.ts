import {
  ChangePasswordBody,
  DeleteAccountBody,
  UpdateProfileBody,
  User,
} from '../../../contracts/accounts';
import { callerId, clearSessionCookie } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { NoContent } from '../../../contracts/common';
import { changePassword, deleteAccount, findUser, updateProfile } from './commands';
import { presentUser } from './presenters';

/** The signed-in person's own account: profile, password, deletion. */
export async function accountRoutes(app: App, deps: ServerDeps) {
  app.get(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'The signed-in person',
        response: { 200: User, ...errorResponses(401) },
      },
    },
    async (request) => presentUser(await findUser(deps.db, callerId(request))),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Change display name or time zone',
        body: UpdateProfileBody,
        response: { 200: User, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => presentUser(await updateProfile(deps.db, callerId(request), request.body)),
  );

  app.put(
    '/api/me/password',
    {
      schema: {
        tags: ['account'],
        summary: 'Change password; other sessions are signed out',
        body: ChangePasswordBody,
        response: { 204: NoContent, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await changePassword(deps.db, callerId(request), {
        ...request.body,
        keepSessionId: request.auth?.via === 'session' ? request.auth.sessionId : null,
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete the account and everything in it',
        body: DeleteAccountBody,
        response: { 204: NoContent, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await deleteAccount(deps.db, callerId(request), request.body.password);
      clearSessionCookie(reply, deps.secure);
      return reply.status(204).send(null);
    },
  );
}
