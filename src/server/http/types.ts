import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorBody } from '../../contracts/common';
import type { ThrottlePolicy } from '../../core/sign-in-throttle';
import type { Db } from '../db/database';
import type { JobQueue } from '../jobs/queue';
import type { MailService } from '../mail/mailer';
import type { UnsubscribeClaim } from '../mail/unsubscribe';

/** A Fastify instance whose routes are typed by their Zod schemas. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type RateLimits = {
  /** Attempts per address per window on sign-up. */
  perAddress: number;
  /** Attempts per account (email) per window on sign-up. */
  perAccount: number;
  windowMs: number;
};

/** What route modules are given: the database and the few settings they need. */
export type ServerDeps = {
  db: Db;
  secure: boolean;
  baseUrl: string;
  rateLimits: RateLimits | null;
  /** The throttle on password checks; null when rate limiting is off (load tests only). */
  throttle: ThrottlePolicy | null;
  /** Background work (mail): pg-boss on PostgreSQL, in-process on SQLite. */
  jobs: JobQueue;
  /** Outgoing mail; null when mail is off (no PRAXIS_SMTP_URL). */
  mail: MailService | null;
  /** Checks a one-click unsubscribe token (signed with the session secret). */
  readUnsubscribe: (token: string) => UnsubscribeClaim | null;
  /** The deployment's crisis resources (Markdown); the built-in default when undefined. */
  crisisResources?: string | undefined;
  /**
   * A secret only this deployment can make from a value, for one purpose (an HMAC keyed by the
   * session secret): e.g. a feedback link the server mails itself, made again on a retry.
   */
  sign: (purpose: string, value: string) => string;
};

/** OpenAPI response entries for the error statuses a route can answer with. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBody]));
}
