import type { z } from 'zod';
import { takeEarlyRead } from './early-reads';

/** Every way a call to the API can fail, in one shape: the server's error body, or our own. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    details: unknown = null,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Codes the client produces itself, when there is no server answer to read. */
/**
 * The id of what already exists when a create failed with `code` because of it (the server
 * names it in `details.id`), else undefined — so the caller can open that one instead.
 *
 * @example existingIdOf(new ApiError(409, 'agreement_exists', '…', { id: 'a1' }), 'agreement_exists') // 'a1'
 */
export function existingIdOf(error: unknown, code: string): string | undefined {
  if (!(error instanceof ApiError) || error.code !== code) return undefined;
  const { id } = (error.details ?? {}) as { id?: unknown };
  return typeof id === 'string' && id ? id : undefined;
}

export const NETWORK_ERROR = 'network_error';
export const UNEXPECTED_RESPONSE = 'unexpected_response';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const UNSAFE_METHODS: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: Promise<string> | null = null;

/** Forgets the cached CSRF token, e.g. after the session (and perhaps its cookie) ended. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

function getCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  const pending = send('GET', '/api/auth/csrf', undefined, null).then(async (response) => {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'token' in body) {
      const token = (body as { token: unknown }).token;
      if (typeof token === 'string') return token;
    }
    throw new ApiError(response.status, UNEXPECTED_RESPONSE, 'The server sent no CSRF token.');
  });
  // A failed fetch must not poison the cache: the next unsafe request tries again.
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = null;
  });
  csrfToken = pending;
  return pending;
}

async function send(
  method: Method,
  path: string,
  body: unknown,
  token: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body (a file upload) is sent as multipart, with the boundary fetch chooses.
  const form = body instanceof FormData ? body : null;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (token !== null) headers['X-CSRF-Token'] = token;
  let response: Response;
  // The first page's reads were started before the scripts ran; a failed one is asked again.
  const early = method === 'GET' && body === undefined ? takeEarlyRead(path) : undefined;
  try {
    response =
      (await early?.catch(() => undefined)) ??
      (await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      }));
  } catch (cause) {
    throw new ApiError(0, NETWORK_ERROR, 'Could not reach the server.', { cause });
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // Not JSON (a proxy's error page, an empty body): fall through to the generic error below.
  }
  const error =
    typeof parsed === 'object' && parsed !== null && 'error' in parsed
      ? (parsed as { error: unknown }).error
      : null;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as Record<string, unknown>;
    return new ApiError(
      response.status,
      typeof code === 'string' ? code : `http_${response.status}`,
      typeof message === 'string' ? message : response.statusText,
      details ?? null,
      retryAfter,
    );
  }
  return new ApiError(
    response.status,
    `http_${response.status}`,
    response.statusText || 'The server answered with an error.',
    null,
    retryAfter,
  );
}

/**
 * Reads a Retry-After header, which is either whole seconds or an HTTP date, as whole seconds
 * from `now` (milliseconds since the epoch); null when absent or unreadable.
 *
 * @example parseRetryAfter('30', Date.now()) // 30
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

interface RequestOptions<T> {
  body?: unknown;
  schema?: z.ZodType<T>;
}

/**
 * Calls the Praxis API with the session cookie. Unsafe methods carry the CSRF token (fetched
 * lazily and cached); a `csrf_invalid` answer refreshes the token and retries once. Resolves to
 * the body parsed by `schema`, or to undefined when no schema is given (e.g. for 204 answers).
 * Rejects with an ApiError.
 */
export function apiRequest<T>(
  method: Method,
  path: string,
  options: RequestOptions<T> & { schema: z.ZodType<T> },
): Promise<T>;
export function apiRequest(
  method: Method,
  path: string,
  options?: { body?: unknown },
): Promise<void>;
export async function apiRequest<T>(
  method: Method,
  path: string,
  options: RequestOptions<T> = {},
): Promise<T | void> {
  const response = await sendWithCsrf(method, path, options.body);
  if (!options.schema) return;
  const json = await readJson(response);
  const result = options.schema.safeParse(json);
  if (!result.success) {
    throw new ApiError(
      response.status,
      UNEXPECTED_RESPONSE,
      'The server sent an unexpected body.',
      {
        issues: result.error.issues,
      },
    );
  }
  return result.data;
}

/**
 * Calls the Praxis API like `apiRequest` and resolves to the answer's body as `T` without
 * parsing it again: the server checks every answer against its contract schema before sending
 * it (the Zod serializer), so the first page reads its answers with this and does not load Zod
 * (docs/decisions/0037-first-page-under-budget.md). `T` must be that schema's type.
 *
 * @example const today = await apiAnswer<Today>('GET', '/api/today');
 */
export async function apiAnswer<T>(
  method: Method,
  path: string,
  options: { body?: unknown } = {},
): Promise<T> {
  return (await readJson(await sendWithCsrf(method, path, options.body))) as T;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ApiError(response.status, UNEXPECTED_RESPONSE, 'The server sent no readable body.');
  }
}

async function sendWithCsrf(method: Method, path: string, body: unknown): Promise<Response> {
  if (!UNSAFE_METHODS.has(method)) return send(method, path, body, null);
  try {
    return await send(method, path, body, await getCsrfToken());
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.code === 'csrf_invalid') {
      resetCsrfToken();
      return send(method, path, body, await getCsrfToken());
    }
    throw error;
  }
}
