import { ApiError } from '../../../lib/api-client';

/** Whether a mail link's token was refused: unknown (404), used or expired (410). */
export function isLinkGone(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 410 || error.status === 404);
}
