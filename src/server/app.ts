import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import path from 'node:path';
import { DEFAULT_THROTTLE_POLICY, type ThrottlePolicy } from '../core/sign-in-throttle';
import type { Db } from './db/database';
import type { Env } from './env';
import { csrfUserInfo, installAuthentication } from './http/authenticate';
import { installErrorHandler } from './http/error-handler';
import { installInputGuard } from './http/input';
import { redactPath } from './http/log-redaction';
import { installOpenApi } from './http/openapi';
import { installSecurityHeaders } from './http/security';
import type { App, RateLimits, ServerDeps } from './http/types';
import { installWebApp } from './http/web';
import { newId } from './lib/ids';
import { sha256 } from './lib/secrets';
import { accountRoutes } from './modules/accounts/routes';
import { afterActionReviewRoutes } from './modules/after-action-reviews/routes';
import { aspirationRoutes } from './modules/aspirations/routes';
import { beliefRoutes } from './modules/beliefs/routes';
import { authRoutes } from './modules/auth/routes';
import { delegationRoutes } from './modules/delegation/routes';
import { feedbackRoutes } from './modules/feedback/routes';
import { healthRoutes } from './modules/health/routes';
import { languageRoutes } from './modules/language/routes';
import { learningRoutes } from './modules/learning/routes';
import { libraryRoutes } from './modules/library/routes';
import { oneOnOneRoutes } from './modules/one-on-ones/routes';
import { orgRoutes } from './modules/orgs/routes';
import { practiceRoutes } from './modules/practices/routes';
import { programRoutes } from './modules/programs/routes';
import { purposeRoutes } from './modules/purpose/routes';
import { reactionRoutes } from './modules/reactions/routes';
import { reflectionRoutes } from './modules/reflections/routes';
import { reviewRoutes } from './modules/reviews/routes';
import { sharingRoutes } from './modules/sharing/routes';
import { statisticsRoutes } from './modules/statistics/routes';
import { teamVisionRoutes } from './modules/team-vision/routes';
import { teamRoutes } from './modules/teams/routes';
import { todayRoutes } from './modules/today/routes';
import { tokenRoutes } from './modules/tokens/routes';
import { valueRoutes } from './modules/values/routes';
import { liveEventRoutes } from './events/routes';
import { inboxRoutes } from './modules/inbox/routes';
import type { MailConfig } from './env';
import { inProcessQueue } from './jobs/in-process';
import type { JobQueue } from './jobs/queue';
import { bindMailContext } from './mail/context';
import { createMailService } from './mail/mailer';
import { readUnsubscribeToken } from './mail/unsubscribe';
import { signValue } from './lib/secrets';
import { notificationRoutes } from './modules/notifications/routes';
import { portabilityRoutes } from './modules/portability/routes';
import { reminderRoutes } from './modules/reminders/routes';
import { calendarFeedRoutes } from './modules/calendar-feed/routes';
import { searchRoutes } from './modules/search/routes';

/** The default limits on sign-up, per 15 minutes (sign-in goes through the throttle). */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perAddress: 30,
  perAccount: 10,
  windowMs: 15 * 60 * 1000,
};

/** Largest request body accepted anywhere (routes may set less). */
export const BODY_LIMIT_BYTES = 256 * 1024;

export type AppOptions = {
  db: Db;
  env: Pick<
    Env,
    'secure' | 'baseUrl' | 'sessionSecret' | 'rateLimit' | 'trustProxy' | 'webDir' | 'logLevel'
  > &
    Partial<Pick<Env, 'crisisResources'>>;
  rateLimits?: RateLimits;
  /** The throttle on password checks (`DEFAULT_THROTTLE_POLICY` when not given). */
  throttlePolicy?: ThrottlePolicy;
  version?: string;
  /** Where log lines go (standard output when not given). */
  logStream?: NodeJS.WritableStream;
  /** Outgoing mail (SMTP); mail is off when not given. */
  mail?: MailConfig | null;
  /** The job queue (an in-process one when not given); started and stopped with the app. */
  jobs?: JobQueue;
};

/**
 * Builds the Praxis HTTP server: security headers, authentication, validation, errors,
 * OpenAPI, every feature's routes and the web app. Listening is left to the caller.
 */
export async function buildApp(options: AppOptions): Promise<App> {
  const { db, env } = options;
  const app = Fastify({
    logger: {
      level: env.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Paths only, capability tokens hidden: query strings can carry personal text (searches),
      // headers carry secrets, and a feedback or invitation link works for whoever holds it.
      serializers: {
        req: (req) => ({ method: req.method, path: redactPath(req.url), id: req.id }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    genReqId: () => newId(),
    // A number of hops: the socket's peer and the hops after it are proxies, so the client is
    // the address the farthest of them saw — never the left-most X-Forwarded-For value.
    trustProxy: env.trustProxy > 0 ? (_address, hop) => hop < env.trustProxy : false,
    bodyLimit: BODY_LIMIT_BYTES,
    // Signed unsubscribe tokens in mail links are longer than Fastify's default of 100.
    routerOptions: { maxParamLength: 512 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installInputGuard(app);

  await app.register(cookie, { secret: env.sessionSecret });
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: env.secure, signed: true },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    // Bound to the session: a token made for one session is refused in any other.
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: sha256(`csrf:${env.sessionSecret}`) },
  });
  await app.register(rateLimit, { global: false });
  installSecurityHeaders(app, { secure: env.secure });
  await installOpenApi(app, { baseUrl: env.baseUrl, version: options.version ?? '0.1.0' });
  installAuthentication(app, { db, secure: env.secure });

  const jobs = options.jobs ?? inProcessQueue();
  const mail = options.mail
    ? createMailService(options.mail, env.baseUrl, env.sessionSecret)
    : null;
  bindMailContext(db, { jobs, mail });
  app.addHook('onReady', () => jobs.start());
  app.addHook('onClose', async () => {
    await jobs.stop();
    mail?.close();
  });
  const deps: ServerDeps = {
    db,
    secure: env.secure,
    baseUrl: env.baseUrl,
    rateLimits: env.rateLimit ? (options.rateLimits ?? DEFAULT_RATE_LIMITS) : null,
    throttle: env.rateLimit ? (options.throttlePolicy ?? DEFAULT_THROTTLE_POLICY) : null,
    jobs,
    mail,
    readUnsubscribe: (token) => readUnsubscribeToken(env.sessionSecret, token),
    crisisResources: env.crisisResources,
    sign: (purpose, value) => signValue(env.sessionSecret, purpose, value),
  };
  for (const routes of [
    healthRoutes,
    authRoutes,
    accountRoutes,
    tokenRoutes,
    purposeRoutes,
    valueRoutes,
    aspirationRoutes,
    practiceRoutes,
    reflectionRoutes,
    languageRoutes,
    learningRoutes,
    libraryRoutes,
    reactionRoutes,
    reviewRoutes,
    beliefRoutes,
    todayRoutes,
    orgRoutes,
    teamRoutes,
    teamVisionRoutes,
    afterActionReviewRoutes,
    sharingRoutes,
    feedbackRoutes,
    delegationRoutes,
    oneOnOneRoutes,
    programRoutes,
    statisticsRoutes,
    inboxRoutes,
    liveEventRoutes,
    notificationRoutes,
    portabilityRoutes,
    reminderRoutes,
    calendarFeedRoutes,
    searchRoutes,
  ]) {
    await routes(app, deps);
  }
  await installWebApp(app, env.webDir ?? path.resolve('dist/web'));
  return app;
}
