import type { TFunction } from '../../lib/words';
import { ApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';

/**
 * A sentence about a failed membership change: the "always an admin" rule in plain words, any
 * other failure as usual.
 */
export function membershipErrorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.code === 'last_admin') return t('orgs.members.lastAdmin');
  return describeError(error, t);
}

/** Whether a failed read means "not there, or not yours to see" (the API never says which). */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
