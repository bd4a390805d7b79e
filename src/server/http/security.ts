import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The Content-Security-Policy for everything Praxis serves: no inline scripts or styles, nothing
 * from other origins, no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Powerful browser features Praxis never uses, switched off for it and anything it might embed.
 * Only features browsers recognise (an unknown one is reported as an error in the console).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The CSP as a header value, with some directives replaced (e.g. for the API docs page). */
export function cspHeader(
  overrides: Partial<Record<keyof typeof CONTENT_SECURITY_POLICY, string[]>> = {},
) {
  const directives = { ...CONTENT_SECURITY_POLICY, ...overrides };
  return Object.entries(directives)
    .map(
      ([name, values]) =>
        `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`,
    )
    .join('; ');
}

/**
 * Security headers on every response — `X-Frame-Options: DENY` agreeing with
 * `frame-ancestors 'none'`, and a Permissions-Policy; HSTS only when Praxis is reached over
 * HTTPS; and no caching of API answers, which carry personal data.
 */
export function installSecurityHeaders(app: FastifyInstance, deps: { secure: boolean }) {
  // Helmet's middleware built once: @fastify/helmet builds it again on every request (parsing the
  // CSP each time, docs/performance.md case 1); the headers are the same for every response.
  const helmetHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    helmetHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (deps.secure || request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      reply.header('cache-control', 'no-store');
    }
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    reply.header('x-request-id', request.id);
    return payload;
  });
}
