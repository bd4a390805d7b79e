import { ApiError } from '../../../lib/api-client';

/** Why an invitation link cannot be used. */
export type Unusable = 'invalid' | 'used' | 'expired' | 'otherEmail';

/** Why an invitation link cannot be used, or null when the error says something else. */
export function unusable(error: unknown): Unusable | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404) return 'invalid';
  if (error.code === 'invitation_used') return 'used';
  if (error.code === 'invitation_expired') return 'expired';
  if (error.code === 'invitation_email_mismatch') return 'otherEmail';
  return null;
}
