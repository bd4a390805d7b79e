import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import {
  AuthConfig,
  CheckYourMail,
  MailTokenParams,
  PasswordChanged,
  PasswordResetBody,
  PasswordResetRequestBody,
} from '../../../contracts/account-mail';
import { UserEnvelope } from '../../../contracts/accounts';
import { AppError } from '../../errors';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import type { UserRow } from '../accounts/commands';
import { presentUser } from '../accounts/presenters';
import {
  PASSWORD_RESET_JOB,
  passwordResetJob,
  requestPasswordReset,
  resetPassword,
  VERIFY_EMAIL_JOB,
  verifyEmail,
  verifyEmailJob,
} from './account-mail';

type Helpers = {
  startSession: (
    request: FastifyRequest,
    reply: FastifyReply,
    user: UserRow,
    deviceId: string | null,
  ) => Promise<void>;
  limited: (
    name: string,
    options?: { perAccount: boolean },
  ) => preHandlerHookHandler | preHandlerHookHandler[];
};

const mailOff = () =>
  new AppError(404, 'mail_off', 'This Praxis sends no mail, so this is not available here.');

/**
 * The account flows that go through mail: password reset and confirming a sign-up's address,
 * and whether mail is on at all. Their jobs are registered here, with the queue.
 */
export async function accountMailRoutes(app: App, deps: ServerDeps, helpers: Helpers) {
  const { mail } = deps;
  if (mail) {
    deps.jobs.work(PASSWORD_RESET_JOB, (data) => passwordResetJob(deps.db, mail, data));
    deps.jobs.work(VERIFY_EMAIL_JOB, (data) => verifyEmailJob(deps.db, mail, data));
  }
  const requireMail = () => {
    if (!deps.mail) throw mailOff();
  };
  const route = routeTable(app, 'auth');
  route.get(
    '/api/auth/config',
    {
      summary: 'What the sign-in pages need to know: whether this Praxis sends mail',
      reply: AuthConfig,
      access: 'public',
    },
    async () => ({ mail: deps.mail !== null }),
  );
  route.post(
    '/api/auth/password-reset',
    {
      summary:
        'Ask for a password reset link by mail: 202 always, whether or not the address has an account',
      body: PasswordResetRequestBody,
      reply: CheckYourMail,
      also: { 202: CheckYourMail },
      errors: [400, 404, 429],
      access: 'public',
      csrf: false,
      preHandler: helpers.limited('password-reset'),
    },
    async (request, reply) => {
      requireMail();
      await requestPasswordReset(deps.jobs, request.body.email);
      return reply.status(202).send({ status: 'check_your_mail' });
    },
  );
  route.post(
    '/api/auth/password-reset/:token',
    {
      summary:
        'Set a new password through a reset link (once, within an hour); signs out every session',
      params: MailTokenParams,
      body: PasswordResetBody,
      reply: PasswordChanged,
      errors: [400, 404, 410, 429],
      access: 'public',
      csrf: false,
      preHandler: helpers.limited('password-reset-token', { perAccount: false }),
    },
    async (request) => {
      requireMail();
      await resetPassword(deps.db, request.params.token, request.body.password);
      return { status: 'password_changed' as const };
    },
  );
  route.post(
    '/api/auth/verify-email/:token',
    {
      summary: 'Confirm a new address through its link (once); makes the account and signs in',
      params: MailTokenParams,
      reply: UserEnvelope,
      errors: [400, 404, 410, 429],
      access: 'public',
      csrf: false,
      preHandler: helpers.limited('verify-email', { perAccount: false }),
    },
    async (request, reply) => {
      requireMail();
      const user = await verifyEmail(deps.db, request.params.token);
      await helpers.startSession(request, reply, user, null);
      return { user: presentUser(user) };
    },
  );
}
