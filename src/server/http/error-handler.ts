import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

type Reply = { code: string; message: string; details: unknown; status: number };

const FRAMEWORK_ERRORS: Record<string, Omit<Reply, 'details'>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The body is empty; send a JSON object.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'The body is larger than this route accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send JSON with Content-Type: application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'bad_request',
    message: 'Content-Length does not match the body.',
  },
  FST_CSRF_MISSING_SECRET: {
    status: 403,
    code: 'csrf_invalid',
    message: 'Missing CSRF token: fetch one from /api/auth/csrf and send it as X-CSRF-Token.',
  },
  FST_CSRF_INVALID_TOKEN: {
    status: 403,
    code: 'csrf_invalid',
    message: 'Missing or wrong CSRF token: send the one from /api/auth/csrf as X-CSRF-Token.',
  },
};

function describe(error: FastifyError): Reply | null {
  if (error instanceof AppError) {
    return {
      status: error.statusCode,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const issues = error.validation.map((v) => ({
      path: v.instancePath
        .split('/')
        .filter(Boolean)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      message: v.message ?? 'Not valid.',
      code: v.keyword,
    }));
    return {
      status: 400,
      code: 'validation_failed',
      message: `Some of the ${where === 'querystring' ? 'query' : where} is not valid.`,
      details: { in: where, issues },
    };
  }
  const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
  if (known) return { ...known, details: null };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: 'bad_request', message: error.message, details: null };
  }
  return null;
}

/**
 * One place that turns anything thrown into `{ error: { code, message, details } }`. Known
 * errors keep their status; anything unknown is logged and answered with a generic 500, so no
 * internal detail reaches a client.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const described = describe(error);
    if (described) {
      const { status, ...body } = described;
      const wait = (body.details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
      if (status === 429 && typeof wait === 'number') reply.header('retry-after', wait);
      return reply.status(status).send({ error: body });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: {
        code: 'internal_error',
        message: 'Something went wrong on our side.',
        details: null,
      },
    });
  });
}
