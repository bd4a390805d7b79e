import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveAccessToken } from '../auth/access-tokens';
import { resolveSession } from '../auth/sessions';
import type { ThrottlePolicy } from '../../core/sign-in-throttle';
import type { Db } from '../db/database';
import type { TokenScope } from '../../contracts/accounts';
import { throttledPasswordCheck } from '../auth/password-throttle';
import { findRememberedDevice, REMEMBERED_DEVICE_MS } from '../auth/remembered-devices';
import { AppError, forbidden, unauthenticated } from '../errors';

export const SESSION_COOKIE = 'praxis_session';
/** The remembered-device cookie: signed, httpOnly, long-lived (see remembered-devices.ts). */
export const DEVICE_COOKIE = 'praxis_device';

/** Who is calling, and how they proved it. */
export type Auth =
  | { userId: string; via: 'session'; sessionId: string }
  | { userId: string; via: 'token'; tokenId: string; scope: TokenScope };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /**
     * 'user' (the default for every /api route): a signed-in caller is required. 'session': a
     * signed-in browser session is required, and an access token is refused (managing tokens, the
     * password, deleting the account).
     */
    access?: 'public' | 'user' | 'session';
    /** Set false only on routes that start a session (sign-in, sign-up). */
    csrf?: boolean;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const READ_METHODS = new Set(['GET', 'HEAD']);

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

/** Sends the remembered-device cookie: signed, httpOnly, SameSite=Lax, only to /api/. */
export function setDeviceCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(DEVICE_COOKIE, token, {
    path: '/api/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    maxAge: Math.floor(REMEMBERED_DEVICE_MS / 1000),
  });
}

/** The remembered-device secret the request carries, when its signature holds; else null. */
export function deviceToken(request: FastifyRequest): string | null {
  const raw = request.cookies[DEVICE_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}

/** The error codes that mean "that password is not right": each counts as a failed attempt. */
const PASSWORD_REFUSALS = new Set(['invalid_credentials', 'wrong_password']);

/**
 * Runs `work`, which checks a password for the account with this email, through the sign-in
 * throttle (`core/sign-in-throttle.ts`): keyed by the account, the client address and the
 * remembered device the request carries. `work` refuses a wrong password by throwing an
 * AppError `invalid_credentials` or `wrong_password`; that counts as a failure. While the
 * attempt must wait the answer is 429 `too_many_attempts` with `Retry-After`. Gives the id of
 * the request's remembered device (of this account) with the result.
 */
export async function throttlePasswordCheck<T>(
  deps: { db: Db; throttle: ThrottlePolicy | null },
  request: FastifyRequest,
  email: string,
  work: (deviceId: string | null) => Promise<T>,
): Promise<{ value: T; deviceId: string | null }> {
  const deviceId = await findRememberedDevice(deps.db, deviceToken(request), email);
  let refusal: unknown = null;
  const result = await throttledPasswordCheck(
    deps.db,
    deps.throttle,
    { email, address: request.ip, deviceId },
    async () => {
      try {
        return { value: await work(deviceId) };
      } catch (error) {
        if (!(error instanceof AppError && PASSWORD_REFUSALS.has(error.code))) throw error;
        refusal = error;
        return null;
      }
    },
  );
  if (!result) throw refusal;
  return { value: result.value, deviceId };
}

/** What a CSRF token is bound to: the caller's session, or nothing before sign-in. */
export function csrfUserInfo(request: FastifyRequest): string {
  return request.auth?.via === 'session' ? request.auth.sessionId : '';
}

/**
 * Authentication is decided here and only here. Every /api request is resolved to a caller
 * (bearer token, else session cookie, else nobody); then each route's `config.access` says
 * whether a caller is required, and cookie-authenticated unsafe requests must carry the CSRF
 * token in `X-CSRF-Token`, bound to that session. Bearer requests need no CSRF token (a browser
 * never adds one); a `read` token may only read, and no token may manage tokens.
 */
export function installAuthentication(app: FastifyInstance, deps: { db: Db; secure: boolean }) {
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    request.auth = await resolveCaller(request, reply);
    // Decided before the body is read or checked: a caller who may not call learns nothing.
    const access = request.routeOptions.config.access ?? 'user';
    if (!request.is404 && access !== 'public' && !request.auth) throw unauthenticated();
  });

  async function resolveCaller(request: FastifyRequest, reply: FastifyReply): Promise<Auth | null> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([\x21-\x7e]+)$/i.exec(header.trim());
      const found = match?.[1] ? await resolveAccessToken(deps.db, match[1]) : null;
      if (!found) {
        throw new AppError(401, 'invalid_token', 'That access token is not valid any more.');
      }
      // Decided before the body is read, so a refused write learns nothing about its body.
      if (request.routeOptions.config.access === 'session') {
        throw forbidden(
          'session_required',
          'This is done signed in, in the browser: access tokens, the password and deleting the account.',
        );
      }
      if (found.scope === 'read' && !READ_METHODS.has(request.method)) {
        throw forbidden('insufficient_scope', 'This access token may only read.');
      }
      return { userId: found.userId, via: 'token', tokenId: found.tokenId, scope: found.scope };
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return null;
    const session = await resolveSession(deps.db, token);
    if (!session) {
      clearSessionCookie(reply, deps.secure);
      return null;
    }
    if (session.renewed) setSessionCookie(reply, token, session.expiresAt, deps.secure);
    return { userId: session.userId, via: 'session', sessionId: session.sessionId };
  }

  app.addHook('preHandler', (request, reply, done) => {
    if (request.is404 || !request.url.startsWith('/api/')) return done();
    const config = request.routeOptions.config;
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
