import { useState } from 'react';
import { localDate } from '../../core/calendar';

/**
 * Today's calendar date (YYYY-MM-DD) in a time zone, read once when the calling component
 * mounts (a page open across midnight keeps its day until it is opened again).
 */
export function useTodayIn(timeZone: string): string {
  const [now] = useState(Date.now);
  return localDate(now, timeZone);
}
