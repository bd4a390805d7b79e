import type { TFunction } from './words';
import { ApiError, NETWORK_ERROR, UNEXPECTED_RESPONSE } from './api-client';

/** One message per form field, keyed by the field's name. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** A field-level problem as both Zod and the API describe it. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Splits issues into the first message for each known field and the messages that belong to no
 * field of this form.
 *
 * @example fieldErrorsFromIssues([{ path: ['email'], message: 'Enter…' }], ['email'])
 *   // { fieldErrors: { email: 'Enter…' }, otherMessages: [] }
 */
export function fieldErrorsFromIssues<F extends string>(
  issues: readonly Issue[],
  fields: readonly F[],
): { fieldErrors: FieldErrors<F>; otherMessages: string[] } {
  const fieldErrors: FieldErrors<F> = {};
  const otherMessages: string[] = [];
  for (const issue of issues) {
    const head = issue.path[0];
    const field = fields.find((name) => name === head);
    if (field === undefined) otherMessages.push(issue.message);
    else fieldErrors[field] ??= issue.message;
  }
  return { fieldErrors, otherMessages };
}

function issuesOf(details: unknown): Issue[] {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const issues = (details as { issues: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is Issue =>
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray((issue as Issue).path) &&
      typeof (issue as Issue).message === 'string',
  );
}

/** A sentence for a person about an error that is not tied to one field. */
export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.code) {
    case 'rate_limited':
    case 'too_many_attempts':
      return error.retryAfterSeconds === null
        ? t('errors.rateLimitedSoon')
        : t('errors.rateLimited', { count: Math.max(1, error.retryAfterSeconds) });
    case 'invalid_credentials':
      return t('errors.invalidCredentials');
    case 'email_taken':
      return t('errors.emailTaken');
    case 'wrong_password':
      return t('errors.wrongPassword');
    case 'unauthenticated':
      return t('errors.unauthenticated');
    case 'csrf_invalid':
      return t('errors.csrfInvalid');
    case NETWORK_ERROR:
      return t('errors.network');
    case UNEXPECTED_RESPONSE:
      return t('errors.unexpected');
  }
  // A proxy's "bad gateway" or "unavailable" means the app server itself is out of reach.
  if (error.status >= 502 && error.status <= 504) return t('errors.network');
  if (error.status >= 500 || error.status === 404) return t('errors.server');
  return error.message || t('errors.unexpected');
}

/**
 * What a form shows for a failed submission: the server's field issues under their fields, and
 * one general sentence (for the alert region) for everything else; null when nothing is left.
 */
export function formErrorsFrom<F extends string>(
  error: unknown,
  fields: readonly F[],
  t: TFunction,
): { fieldErrors: FieldErrors<F>; general: string | null } {
  if (!(error instanceof ApiError)) return { fieldErrors: {}, general: describeError(error, t) };
  const { fieldErrors, otherMessages } = fieldErrorsFromIssues(issuesOf(error.details), fields);
  const anyField = Object.keys(fieldErrors).length > 0;
  if (anyField && otherMessages.length === 0) return { fieldErrors, general: null };
  if (otherMessages.length > 0) return { fieldErrors, general: otherMessages.join(' ') };
  return { fieldErrors, general: describeError(error, t) };
}
