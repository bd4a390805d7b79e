import { z } from 'zod';

/**
 * Reminders at a local time in the person's time zone (per practice, on its scheduled days; the
 * daily reflection; the weekly review on a weekday), and the personal calendar feed.
 */
export const LocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time written HH:MM (24-hour).' })
  .describe('A local time HH:MM in my time zone');

export const PracticeReminderBody = z.object({ time: LocalTime });
export type PracticeReminderBody = z.infer<typeof PracticeReminderBody>;

export const PracticeReminder = z
  .object({ practiceId: z.string(), time: LocalTime })
  .meta({ id: 'PracticeReminder' });
export type PracticeReminder = z.infer<typeof PracticeReminder>;

export const WeeklyReviewReminder = z.object({
  day: z.number().int().min(1).max(7).describe('ISO weekday, 1 = Monday … 7 = Sunday'),
  time: LocalTime,
});
export type WeeklyReviewReminder = z.infer<typeof WeeklyReviewReminder>;

export const MyReminders = z
  .object({
    dailyReflection: LocalTime.nullable(),
    weeklyReview: WeeklyReviewReminder.nullable(),
    practices: z.array(PracticeReminder),
    timeZone: z.string().describe('The time zone the times are in (my profile’s)'),
  })
  .meta({ id: 'MyReminders' });
export type MyReminders = z.infer<typeof MyReminders>;

export const UpdateMyRemindersBody = z.object({
  dailyReflection: LocalTime.nullable().optional().describe('null: no reminder'),
  weeklyReview: WeeklyReviewReminder.nullable().optional().describe('null: no reminder'),
});
export type UpdateMyRemindersBody = z.infer<typeof UpdateMyRemindersBody>;

export const CalendarFeed = z
  .object({
    url: z
      .string()
      .describe('The secret address of my calendar feed; only shown once, when it is made'),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof CalendarFeed>;

export const CalendarFeedStatus = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

export const CalendarFeedParams = z.object({
  file: z.string().min(1).max(128).describe('<secret>.ics'),
});
