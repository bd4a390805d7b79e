import type { FastifyInstance, FastifyReply } from 'fastify';
import { resolveAccessToken } from '../auth/access-tokens';
import { resolveSession } from '../auth/sessions';
import type { Db } from '../db/database';
import { AppError, unauthenticated } from '../errors';

export const SESSION_COOKIE = 'praxis_session';

/** Who is calling, and how they proved it. */
export type Auth =
  | { userId: string; via: 'session'; sessionId: string }
  | { userId: string; via: 'token'; tokenId: string };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** 'user' (the default for every /api route): a signed-in caller is required. */
    access?: 'public' | 'user';
    /** Set false only on routes that start a session (sign-in, sign-up). */
    csrf?: boolean;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sends the session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS, expiring with it. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: string,
  secure: boolean,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/**
 * Authentication is decided here and only here. Every /api request is resolved to a caller
 * (bearer token, else session cookie, else nobody); then each route's `config.access` says
 * whether a caller is required, and cookie-authenticated unsafe requests must carry the CSRF
 * token in `X-CSRF-Token`. Bearer requests need no CSRF token: a browser never adds one.
 */
export function installAuthentication(app: FastifyInstance, deps: { db: Db; secure: boolean }) {
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([\x21-\x7e]+)$/i.exec(header.trim());
      const found = match?.[1] ? await resolveAccessToken(deps.db, match[1]) : null;
      if (!found) {
        throw new AppError(401, 'invalid_token', 'That access token is not valid any more.');
      }
      request.auth = { userId: found.userId, via: 'token', tokenId: found.tokenId };
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(deps.db, token);
    if (!session) {
      clearSessionCookie(reply, deps.secure);
      return;
    }
    request.auth = { userId: session.userId, via: 'session', sessionId: session.sessionId };
    if (session.renewed) setSessionCookie(reply, token, session.expiresAt, deps.secure);
  });

  app.addHook('preHandler', (request, reply, done) => {
    if (request.is404 || !request.url.startsWith('/api/')) return done();
    const config = request.routeOptions.config;
    if ((config.access ?? 'user') === 'user' && !request.auth) return done(unauthenticated());
    if (
      UNSAFE_METHODS.has(request.method) &&
      request.auth?.via === 'session' &&
      config.csrf !== false
    ) {
      return app.csrfProtection(request, reply, done);
    }
    done();
  });
}

/** The signed-in caller's id; only for routes whose access is 'user' (the default). */
export function callerId(request: { auth: Auth | null }): string {
  if (!request.auth) throw unauthenticated();
  return request.auth.userId;
}
