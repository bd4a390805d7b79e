/**
 * The one error vocabulary of the API. Routes and commands throw these; the error handler in
 * http/error-handler.ts turns them into `{ error: { code, message, details } }`.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A field-level problem, in the same shape validation failures use. */
export type FieldIssue = { path: (string | number)[]; message: string };

export const badRequest = (code: string, message: string, issues?: FieldIssue[]) =>
  new AppError(400, code, message, issues ? { issues } : null);

export const unauthenticated = (message = 'Sign in to continue.') =>
  new AppError(401, 'unauthenticated', message);

export const forbidden = (code: string, message: string) => new AppError(403, code, message);

/** Also what anyone gets for an item that exists but is not theirs: existence is not revealed. */
export const notFound = (message = 'Nothing here.') => new AppError(404, 'not_found', message);

export const conflict = (code: string, message: string) => new AppError(409, code, message);

/** Too many attempts: wait `retryAfterSeconds` (also sent as `Retry-After`) and try again. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(
    429,
    'too_many_attempts',
    `Too many attempts. Please wait ${retryAfterSeconds} seconds and try again.`,
    { retryAfterSeconds },
  );
