import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CalendarFeed,
  CalendarFeedStatus,
  MyReminders,
  PracticeReminder,
  type UpdateMyRemindersBody,
} from '../../contracts/reminders';
import { apiRequest } from './api-client';

const REMINDERS_KEY = ['me', 'reminders'] as const;
const FEED_KEY = ['calendar', 'feed'] as const;

/** My reminders (reflection, review, each practice's) and the time zone they follow. */
export function useMyReminders() {
  return useQuery({
    queryKey: REMINDERS_KEY,
    queryFn: () => apiRequest('GET', '/api/me/reminders', { schema: MyReminders }),
  });
}

/** Sets or removes the daily reflection and weekly review reminders. */
export function useUpdateMyReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMyRemindersBody) =>
      apiRequest('PUT', '/api/me/reminders', { body, schema: MyReminders }),
    onSuccess: (reminders) => queryClient.setQueryData(REMINDERS_KEY, reminders),
  });
}

/** Sets (a time) or removes (null) a practice's reminder. */
export function useSetPracticeReminder(practiceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (time: string | null) => {
      if (time === null) await apiRequest('DELETE', `/api/practices/${practiceId}/reminder`);
      else {
        await apiRequest('PUT', `/api/practices/${practiceId}/reminder`, {
          body: { time },
          schema: PracticeReminder,
        });
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REMINDERS_KEY }),
  });
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: FEED_KEY,
    queryFn: () => apiRequest('GET', '/api/calendar/feed', { schema: CalendarFeedStatus }),
  });
}

/** Makes the feed's address anew (the old one stops working); answers the new address. */
export function useRenewCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('POST', '/api/calendar/feed', { schema: CalendarFeed }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('DELETE', '/api/calendar/feed'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}
