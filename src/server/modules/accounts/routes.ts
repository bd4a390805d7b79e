import {
  ChangePasswordBody,
  DeleteAccountBody,
  UpdateProfileBody,
  User,
} from '../../../contracts/accounts';
import { callerId, clearSessionCookie, throttlePasswordCheck } from '../../http/authenticate';
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
      config: { access: 'session' },
      schema: {
        tags: ['account'],
        summary:
          'Change password (throttled like sign-in); other sessions are signed out and every access token is revoked',
        body: ChangePasswordBody,
        response: { 204: NoContent, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const { email } = await findUser(deps.db, userId);
      await throttlePasswordCheck(deps, request, email, async (deviceId) =>
        changePassword(deps.db, userId, {
          ...request.body,
          keepSessionId: request.auth?.via === 'session' ? request.auth.sessionId : null,
          keepDeviceId: deviceId,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/me',
    {
      config: { access: 'session' },
      schema: {
        tags: ['account'],
        summary: 'Delete the account and everything in it (the password check is throttled)',
        body: DeleteAccountBody,
        response: { 204: NoContent, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const userId = callerId(request);
      const { email } = await findUser(deps.db, userId);
      await throttlePasswordCheck(deps, request, email, () =>
        deleteAccount(deps.db, userId, request.body.password),
      );
      clearSessionCookie(reply, deps.secure);
      return reply.status(204).send(null);
    },
  );
}
