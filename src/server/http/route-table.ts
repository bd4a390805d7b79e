import type {
  FastifyReply,
  FastifyRequest,
  HTTPMethods,
  preHandlerHookHandler,
  RawServerDefault,
  RouteGenericInterface,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { NoContent } from '../../contracts/common';
import { type App, errorResponses } from './types';

/** The error statuses a route may declare; each answers the one `ErrorBody` shape. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 429;

/** How one route is described: its OpenAPI words, its Zod schemas, its answers and settings. */
export type RouteSpec = {
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The schema of the success answer; none when `status` is 204 (`NoContent`). */
  reply?: z.ZodType;
  /** The success status: 200 unless said. The route table sets it; a handler need not. */
  status?: 200 | 201 | 204;
  /** Further answers besides success and errors, e.g. `{ 503: Health }`; the handler sends them. */
  also?: Record<number, z.ZodType>;
  errors?: readonly ErrorStatus[];
  /** `config.access`: 'user' unless said (see http/authenticate.ts). */
  access?: 'public' | 'user' | 'session';
  /** false only on routes that start a session. */
  csrf?: false;
  bodyLimit?: number;
  preHandler?: preHandlerHookHandler | preHandlerHookHandler[];
};

type Success<S extends RouteSpec> = S['status'] extends 201 | 204 ? S['status'] : 200;
type Schemas<S extends RouteSpec, R extends z.ZodType> = {
  params: S['params'];
  querystring: S['query'];
  body: S['body'];
  response: Record<Success<S>, R> &
    (S['also'] extends Record<number, z.ZodType> ? S['also'] : unknown);
};

/** The request of a route, typed by its spec's Zod schemas. */
export type RouteRequest<S extends RouteSpec, R extends z.ZodType> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  IncomingMessage,
  Schemas<S, R>,
  ZodTypeProvider
>;

/** The reply of a route: `send` and `status` are checked against the spec's answers. */
export type RouteReply<S extends RouteSpec, R extends z.ZodType> = FastifyReply<
  RouteGenericInterface,
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  unknown,
  Schemas<S, R>,
  ZodTypeProvider
>;

/**
 * What a handler gives back: the success answer (nothing for 204), or the reply itself once it
 * has sent another answer (a status from `also`).
 */
export type RouteHandler<S extends RouteSpec, R extends z.ZodType> = (
  request: RouteRequest<S, R>,
  reply: RouteReply<S, R>,
) => Promise<(S['status'] extends 204 ? void : z.output<R>) | RouteReply<S, R>>;

/** Declares one route: R is the success answer's schema (`NoContent` for 204). */
type Declare = <const S extends RouteSpec, R extends z.ZodType = typeof NoContent>(
  url: string,
  spec: S & { reply?: R },
  handler: RouteHandler<S, R>,
) => void;

/** A module's routes, declared one call each, all under the module's OpenAPI tag. */
export type RouteTable = Record<'get' | 'post' | 'put' | 'patch' | 'delete', Declare>;

/**
 * The one way a module declares its routes: the tag once, then per route its URL, a short spec
 * and a handler whose request and reply are typed by the spec's Zod schemas. The spec becomes
 * Fastify's route options (`schema.tags/summary/params/querystring/body/response`, `config`,
 * `bodyLimit`, `preHandler`), so the OpenAPI document is what it would be written out by hand.
 * The table sets the success status (201, or 204 with an empty body), so a handler only
 * returns its answer.
 *
 * @example
 * const route = routeTable(app, 'beliefs');
 * route.get(
 *   '/api/beliefs/:id',
 *   { summary: 'One belief', params: IdParams, reply: Belief, errors: [401, 404] },
 *   async (request) => presentBelief(await findOwnBelief(db, callerId(request), request.params.id)),
 * );
 * route.delete(
 *   '/api/beliefs/:id',
 *   { summary: 'Delete a belief', params: IdParams, status: 204, errors: [401, 403, 404] },
 *   async (request) => deleteBelief(db, callerId(request), request.params.id),
 * );
 */
export function routeTable(app: App, tag: string): RouteTable {
  const declare =
    (method: HTTPMethods): Declare =>
    (url, spec, handler) => {
      const status = spec.status ?? 200;
      const schema = {
        tags: [tag],
        summary: spec.summary,
        ...(spec.params && { params: spec.params }),
        ...(spec.query && { querystring: spec.query }),
        ...(spec.body && { body: spec.body }),
        response: {
          [status]: status === 204 ? NoContent : spec.reply,
          ...spec.also,
          ...errorResponses(...(spec.errors ?? [])),
        },
      };
      const config = {
        ...(spec.access && { access: spec.access }),
        ...(spec.csrf === false && { csrf: false }),
      };
      app.route({
        method,
        url,
        schema,
        ...(Object.keys(config).length > 0 && { config }),
        ...(spec.bodyLimit !== undefined && { bodyLimit: spec.bodyLimit }),
        ...(spec.preHandler && { preHandler: spec.preHandler }),
        handler: async (request, reply) => {
          const answer = await handler(
            request as unknown as Parameters<typeof handler>[0],
            reply as unknown as Parameters<typeof handler>[1],
          );
          if (reply.sent) return reply;
          reply.status(status);
          return status === 204 ? reply.send(null) : answer;
        },
      });
    };
  return {
    get: declare('GET'),
    post: declare('POST'),
    put: declare('PUT'),
    patch: declare('PATCH'),
    delete: declare('DELETE'),
  };
}
