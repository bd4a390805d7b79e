import { z } from 'zod';
import { cursorOf, Timestamp } from './common';

export const Schedule = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('daily') }),
    z.object({ type: z.literal('weekly'), times: z.number().int().min(1).max(7) }),
    z.object({
      type: z.literal('weekdays'),
      days: z
        .array(z.number().int().min(1).max(7))
        .min(1)
        .max(7)
        .refine((d) => new Set(d).size === d.length, { message: 'Name each weekday once.' })
        .describe('ISO weekdays, 1 = Monday … 7 = Sunday'),
    }),
  ])
  .meta({ id: 'Schedule' });
export type Schedule = z.infer<typeof Schedule>;

export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date written YYYY-MM-DD.' })
  .describe('A calendar date in my time zone, YYYY-MM-DD');

export const CreatePracticeBody = z.object({
  name: z.string().trim().min(1, { message: 'Name the practice.' }).max(80),
  description: z.string().trim().max(500).default(''),
  schedule: Schedule,
  aspirationId: z.string().max(64).optional().describe('The aspiration it serves'),
  valueId: z.string().max(64).optional().describe('The value it expresses'),
});
export type CreatePracticeBody = z.input<typeof CreatePracticeBody>;

export const UpdatePracticeBody = z
  .object({
    name: z.string().trim().min(1, { message: 'Name the practice.' }).max(80).optional(),
    description: z.string().trim().max(500).optional(),
    schedule: Schedule.optional(),
    aspirationId: z.string().max(64).nullable().optional(),
    valueId: z.string().max(64).nullable().optional(),
    archived: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdatePracticeBody = z.infer<typeof UpdatePracticeBody>;

export const CheckInBody = z.object({
  status: z.enum(['done', 'skipped']).describe('skipped = excused: strength stays as it was'),
  note: z.string().trim().max(500).optional(),
});
export type CheckInBody = z.infer<typeof CheckInBody>;

export const CheckIn = z
  .object({ date: z.string(), status: z.enum(['done', 'skipped']), note: z.string().nullable() })
  .meta({ id: 'CheckIn' });
export type CheckIn = z.infer<typeof CheckIn>;

export const CheckInParams = z.object({ id: z.string().min(1).max(64), date: CalendarDate });

export const PracticeSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    schedule: Schedule,
    aspirationId: z.string().nullable(),
    valueId: z.string().nullable(),
    archived: z.boolean(),
    strength: z.number().min(0).max(1).describe('0..1, Loop Habit Tracker smoothing'),
    streak: z.number().int(),
    bestStreak: z.number().int(),
    streakUnit: z.enum(['day', 'week']),
    today: z.object({ date: z.string(), checkIn: CheckIn.nullable() }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Practice' });
export type PracticeSummary = z.infer<typeof PracticeSummary>;

/** A practice on the Practices list: also its last seven days, to tick where it lives. */
export const PracticeListItem = PracticeSummary.extend({
  week: z
    .array(CheckIn)
    .describe(
      'Check-ins of the last 7 days in the person’s time zone (today included), oldest first',
    ),
}).meta({ id: 'PracticeListItem' });
export type PracticeListItem = z.infer<typeof PracticeListItem>;

export const PracticeDetail = PracticeSummary.extend({
  history: z.object({
    checkIns: z.array(CheckIn).describe('The last 366 days, oldest first'),
    strength: z
      .array(z.object({ date: z.string(), strength: z.number() }))
      .describe('Strength day by day over the last 365 days'),
  }),
}).meta({ id: 'PracticeDetail' });
export type PracticeDetail = z.infer<typeof PracticeDetail>;

/** The query of the practices list, oldest first: archived ones, live ones (the default) or all. */
export const PracticeQuery = z.object({
  archived: z.enum(['true', 'false', 'all']).default('false'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorOf('id').optional(),
});
export type PracticeQuery = z.infer<typeof PracticeQuery>;
