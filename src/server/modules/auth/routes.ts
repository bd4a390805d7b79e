import type { FastifyReply, FastifyRequest } from 'fastify';
import { CsrfToken, LoginBody, RegisterBody, UserEnvelope } from '../../../contracts/accounts';
import { normalizeEmail } from '../../../core/email';
import { rememberDevice } from '../../auth/remembered-devices';
import { createSession, revokeSession } from '../../auth/sessions';
import { AppError } from '../../errors';
import {
  clearSessionCookie,
  csrfUserInfo,
  setDeviceCookie,
  setSessionCookie,
  throttlePasswordCheck,
} from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { authenticateUser, registerUser, type UserRow } from '../accounts/commands';
import { presentUser } from '../accounts/presenters';
import { CheckYourMail } from '../../../contracts/account-mail';
import { startRegistration } from './account-mail';
import { accountMailRoutes } from './mail-routes';

/** Sign-up, sign-in, sign-out and the CSRF token: the routes that start and end sessions. */
export async function authRoutes(app: App, deps: ServerDeps) {
  const limited = (name: string, options?: { perAccount: boolean }) =>
    rateLimitHandlers(app, deps, name, options);

  /**
   * Rotation: whatever session the browser had is ended, and a new one begins. The browser is
   * remembered for this account unless it already is, so that the throttle never locks it out.
   */
  async function startSession(
    request: FastifyRequest,
    reply: FastifyReply,
    user: UserRow,
    deviceId: string | null,
  ) {
    if (request.auth?.via === 'session') await revokeSession(deps.db, request.auth.sessionId);
    const session = await createSession(deps.db, user.id, request.headers['user-agent']);
    setSessionCookie(reply, session.token, session.expiresAt, deps.secure);
    if (!deviceId)
      setDeviceCookie(reply, (await rememberDevice(deps.db, user.id)).token, deps.secure);
  }

  const route = routeTable(app, 'auth');
  route.get(
    '/api/auth/csrf',
    {
      summary:
        'A CSRF token to send as X-CSRF-Token on cookie-authenticated writes, bound to this session',
      reply: CsrfToken,
      access: 'public',
    },
    async (request, reply) => ({ token: reply.generateCsrf({ userInfo: csrfUserInfo(request) }) }),
  );
  route.post(
    '/api/auth/register',
    {
      summary:
        'Create an account and sign in (201); with mail on, 202 check_your_mail for a new and a taken address alike',
      body: RegisterBody,
      reply: UserEnvelope,
      status: 201,
      also: { 202: CheckYourMail },
      errors: [400, 409, 429],
      access: 'public',
      csrf: false,
      preHandler: limited('register'),
    },
    async (request, reply) => {
      if (deps.mail) {
        await startRegistration(deps.db, deps.jobs, request.body);
        return reply.status(202).send({ status: 'check_your_mail' });
      }
      const user = await registerUser(deps.db, request.body);
      await startSession(request, reply, user, null);
      return { user: presentUser(user) };
    },
  );
  route.post(
    '/api/auth/login',
    {
      summary: 'Sign in with email and password (throttled: 429 with Retry-After)',
      body: LoginBody,
      reply: UserEnvelope,
      errors: [400, 401, 429],
      access: 'public',
      csrf: false,
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const { value: user, deviceId } = await throttlePasswordCheck(
        deps,
        request,
        email,
        async () => {
          const found = await authenticateUser(deps.db, email, password);
          if (!found) {
            throw new AppError(401, 'invalid_credentials', 'That email and password do not match.');
          }
          return found;
        },
      );
      await startSession(request, reply, user, deviceId);
      return { user: presentUser(user) };
    },
  );
  route.post(
    '/api/auth/logout',
    { summary: 'Sign out (ends this session)', status: 204, errors: [403], access: 'public' },
    async (request, reply) => {
      if (request.auth?.via === 'session') await revokeSession(deps.db, request.auth.sessionId);
      clearSessionCookie(reply, deps.secure);
    },
  );

  await accountMailRoutes(app, deps, { startSession, limited });
}

/**
 * Per-address and per-account limits on sign-up, both counted on every attempt; none when rate
 * limiting is off (PRAXIS_RATE_LIMIT=off, for load tests only). Sign-in has the throttle.
 */
export function rateLimitHandlers(
  app: App,
  deps: ServerDeps,
  name: string,
  options: { perAccount: boolean } = { perAccount: true },
) {
  const limits = deps.rateLimits;
  if (!limits) return [];
  const accountOf = (request: FastifyRequest) => {
    const email = (request.body as { email?: unknown } | undefined)?.email;
    return typeof email === 'string' ? normalizeEmail(email) : '';
  };
  const checks = [
    app.createRateLimit({
      max: limits.perAddress,
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `${name}:address:${request.ip}`,
    }),
    ...(options.perAccount
      ? [
          app.createRateLimit({
            max: limits.perAccount,
            timeWindow: limits.windowMs,
            keyGenerator: (request) => `${name}:account:${accountOf(request)}`,
          }),
        ]
      : []),
  ];
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const results = await Promise.all(checks.map((check) => check(request)));
    const waits = results.flatMap((r) => (!r.isAllowed && r.isExceeded ? [r.ttlInSeconds] : []));
    if (waits.length === 0) return;
    const seconds = Math.max(1, ...waits);
    reply.header('retry-after', seconds);
    throw new AppError(
      429,
      'rate_limited',
      `Too many attempts. Please wait ${seconds} seconds and try again.`,
      { retryAfterSeconds: seconds },
    );
  };
}
