import type { FastifyReply, FastifyRequest } from 'fastify';
import { CsrfToken, LoginBody, RegisterBody, UserEnvelope } from '../../../contracts/accounts';
import { normalizeEmail } from '../../../core/email';
import { createSession, revokeSession } from '../../auth/sessions';
import { AppError } from '../../errors';
import { clearSessionCookie, setSessionCookie } from '../../http/authenticate';
import { type App, errorResponses, type ServerDeps } from '../../http/types';
import { NoContent } from '../../../contracts/common';
import { authenticateUser, registerUser, type UserRow } from '../accounts/commands';
import { presentUser } from '../accounts/presenters';

/** Sign-up, sign-in, sign-out and the CSRF token: the routes that start and end sessions. */
export async function authRoutes(app: App, deps: ServerDeps) {
  const limited = (name: string) => rateLimitHandlers(app, deps, name);

  async function startSession(request: FastifyRequest, user: UserRow) {
    // Rotation: whatever session the browser had is ended, and a new one begins.
    if (request.auth?.via === 'session') await revokeSession(deps.db, request.auth.sessionId);
    return createSession(deps.db, user.id, request.headers['user-agent']);
  }

  app.get(
    '/api/auth/csrf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'A CSRF token to send as X-CSRF-Token on cookie-authenticated writes',
        response: { 200: CsrfToken },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    '/api/auth/register',
    {
      config: { access: 'public', csrf: false },
      preHandler: limited('register'),
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in',
        body: RegisterBody,
        response: { 201: UserEnvelope, ...errorResponses(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const user = await registerUser(deps.db, request.body);
      const session = await startSession(request, user);
      setSessionCookie(reply, session.token, session.expiresAt, deps.secure);
      return reply.status(201).send({ user: presentUser(user) });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', csrf: false },
      preHandler: limited('login'),
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginBody,
        response: { 200: UserEnvelope, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const user = await authenticateUser(deps.db, request.body.email, request.body.password);
      if (!user) {
        throw new AppError(401, 'invalid_credentials', 'That email and password do not match.');
      }
      const session = await startSession(request, user);
      setSessionCookie(reply, session.token, session.expiresAt, deps.secure);
      return { user: presentUser(user) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out (ends this session)',
        response: { 204: NoContent, ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      if (request.auth?.via === 'session') await revokeSession(deps.db, request.auth.sessionId);
      clearSessionCookie(reply, deps.secure);
      return reply.status(204).send(null);
    },
  );
}

/**
 * Per-address and per-account limits for a route that checks passwords, both counted on every
 * attempt; none when rate limiting is off (PRAXIS_RATE_LIMIT=off, for load tests only).
 */
function rateLimitHandlers(app: App, deps: ServerDeps, name: string) {
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
    app.createRateLimit({
      max: limits.perAccount,
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `${name}:account:${accountOf(request)}`,
    }),
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
