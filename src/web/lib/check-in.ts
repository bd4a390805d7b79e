import type { CheckIn, CheckInBody } from '../../contracts/practices';
import { apiAnswer, apiRequest } from './api-client';

/** One day's check-in of a practice to send: done or skipped, or `null` to undo the day's. */
export interface CheckInChange {
  id: string;
  date: string;
  status: CheckInBody['status'] | null;
}

/**
 * Sends a practice's check-in for a day, or undoes it (`status: null`); Today and the practice
 * page both tick practices through it.
 *
 * @example await sendCheckIn({ id: practice.id, date: '2026-03-10', status: 'done' });
 */
export async function sendCheckIn({ id, date, status }: CheckInChange): Promise<void> {
  const url = `/api/practices/${encodeURIComponent(id)}/checkins/${date}`;
  if (status) await apiAnswer<CheckIn>('PUT', url, { body: { status } });
  else await apiRequest('DELETE', url);
}
