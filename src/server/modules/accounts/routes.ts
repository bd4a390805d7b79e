import {
  ChangePasswordBody,
  DeleteAccountBody,
  UpdateProfileBody,
  User,
} from '../../../contracts/accounts';
import { callerId, clearSessionCookie, throttlePasswordCheck } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { changePassword, deleteAccount, findUser, updateProfile } from './commands';
import { presentUser } from './presenters';

/** The signed-in person's own account: profile, password, deletion. */
export async function accountRoutes(app: App, deps: ServerDeps) {
  const route = routeTable(app, 'account');
  route.get(
    '/api/me',
    { summary: 'The signed-in person', reply: User, errors: [401] },
    async (request) => presentUser(await findUser(deps.db, callerId(request))),
  );
  route.patch(
    '/api/me',
    {
      summary: 'Change display name or time zone',
      body: UpdateProfileBody,
      reply: User,
      errors: [400, 401, 403],
    },
    async (request) => presentUser(await updateProfile(deps.db, callerId(request), request.body)),
  );
  route.put(
    '/api/me/password',
    {
      summary:
        'Change password (throttled like sign-in); other sessions are signed out and every access token is revoked',
      access: 'session',
      body: ChangePasswordBody,
      status: 204,
      errors: [400, 401, 403, 429],
    },
    async (request) => {
      const userId = callerId(request);
      const { email } = await findUser(deps.db, userId);
      await throttlePasswordCheck(deps, request, email, async (deviceId) =>
        changePassword(deps.db, userId, {
          ...request.body,
          keepSessionId: request.auth?.via === 'session' ? request.auth.sessionId : null,
          keepDeviceId: deviceId,
        }),
      );
    },
  );
  route.delete(
    '/api/me',
    {
      summary: 'Delete the account and everything in it (the password check is throttled)',
      access: 'session',
      body: DeleteAccountBody,
      status: 204,
      errors: [400, 401, 403, 429],
    },
    async (request, reply) => {
      const userId = callerId(request);
      const { email } = await findUser(deps.db, userId);
      await throttlePasswordCheck(deps, request, email, () =>
        deleteAccount(deps.db, userId, request.body.password),
      );
      clearSessionCookie(reply, deps.secure);
    },
  );
}
