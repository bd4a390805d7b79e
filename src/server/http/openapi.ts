import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { cspHeader } from './security';
import type { App } from './types';

/**
 * The OpenAPI document, generated from the routes' Zod schemas, at /api/openapi.json, and a
 * browsable page at /api/docs.
 */
export async function installOpenApi(app: App, deps: { baseUrl: string; version: string }) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Praxis API',
        version: deps.version,
        description:
          'Personal mastery as a daily practice. Every list answers `{ items, nextCursor }`; ' +
          'every error `{ error: { code, message, details } }`. Sign in with a session cookie ' +
          '(writes then need the `X-CSRF-Token` header from `GET /api/auth/csrf`) or send ' +
          '`Authorization: Bearer <personal access token>`.',
      },
      servers: [{ url: deps.baseUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'praxis_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [], csrf: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // The docs page and its assets are public, like the document they show.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Our policy, not the plugin's looser one; Swagger UI alone needs inline styles.
    transformStaticCSP: () => cspHeader({ styleSrc: ["'self'", "'unsafe-inline'"] }),
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
