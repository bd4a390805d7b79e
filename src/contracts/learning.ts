import { z } from 'zod';
import { isCalendarDate } from '../core/calendar';
import { cursorOf, Timestamp } from './common';

export const LEARNING_KINDS = [
  'book',
  'course',
  'article',
  'mentoring',
  'feedback',
  'experience',
] as const;
export const LearningKind = z.enum(LEARNING_KINDS);
export type LearningKind = z.infer<typeof LearningKind>;

export const LEARNING_STATUSES = ['planned', 'in_progress', 'done'] as const;
export const LearningStatus = z.enum(LEARNING_STATUSES);
export type LearningStatus = z.infer<typeof LearningStatus>;

export const MAX_INSIGHTS_LENGTH = 20_000;
/** Aspirations one learning item may serve. */
export const MAX_LINKED_ASPIRATIONS = 20;
/** Sessions one learning item may hold; a long course logged daily for years fits. */
export const MAX_SESSIONS_PER_ITEM = 2000;

/** A real calendar date in my time zone; the server refuses days that have not come yet. */
export const LearningDate = z
  .string()
  .refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' })
  .describe('A calendar date in my time zone, YYYY-MM-DD; not in the future');

export const HttpUrl = z
  .url({ protocol: /^https?$/, message: 'Use a web address starting with http:// or https://.' })
  .max(2000, { message: 'Use at most 2000 characters.' })
  .describe('An http(s) address');

const Title = z
  .string()
  .trim()
  .min(1, { message: 'Give it a title.' })
  .max(200, { message: 'Use at most 200 characters.' });
const Source = z
  .string()
  .trim()
  .max(200, { message: 'Use at most 200 characters.' })
  .describe('Author, teacher or platform');
const Insights = z
  .string()
  .max(MAX_INSIGHTS_LENGTH, { message: `Use at most ${MAX_INSIGHTS_LENGTH} characters.` })
  .describe('What I took from it, in Markdown');
const AspirationIds = z
  .array(z.string().min(1).max(64))
  .max(MAX_LINKED_ASPIRATIONS)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Link each aspiration once.' })
  .describe('My aspirations this learning serves');

const finishedNotBeforeStarted = {
  check: (b: { startedOn?: string | null; finishedOn?: string | null }) =>
    !b.startedOn || !b.finishedOn || b.finishedOn >= b.startedOn,
  options: { message: 'Finish on or after the day you started.', path: ['finishedOn'] },
};

export const CreateLearningItemBody = z
  .object({
    kind: LearningKind,
    title: Title,
    source: Source.default(''),
    url: HttpUrl.optional(),
    status: LearningStatus.default('planned'),
    insights: Insights.default(''),
    startedOn: LearningDate.optional(),
    finishedOn: LearningDate.optional(),
    aspirationIds: AspirationIds.default([]),
  })
  .refine(finishedNotBeforeStarted.check, finishedNotBeforeStarted.options);
export type CreateLearningItemBody = z.infer<typeof CreateLearningItemBody>;

export const UpdateLearningItemBody = z
  .object({
    kind: LearningKind.optional(),
    title: Title.optional(),
    source: Source.optional(),
    url: HttpUrl.nullable().optional(),
    status: LearningStatus.optional(),
    insights: Insights.optional(),
    startedOn: LearningDate.nullable().optional(),
    finishedOn: LearningDate.nullable().optional(),
    aspirationIds: AspirationIds.optional().describe('Replaces the linked aspirations'),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  })
  .refine(finishedNotBeforeStarted.check, finishedNotBeforeStarted.options);
export type UpdateLearningItemBody = z.infer<typeof UpdateLearningItemBody>;

export const LearningSessionBody = z.object({
  date: LearningDate,
  hours: z
    .number()
    .positive({ message: 'Log some time.' })
    .max(24, { message: 'A day has 24 hours.' })
    .multipleOf(0.25, { message: 'Use quarter hours: 0.25, 0.5, 0.75, 1, …' })
    .describe('Time given, in quarter hours; more than 0, at most 24'),
  note: z.string().trim().max(500, { message: 'Use at most 500 characters.' }).default(''),
});
export type LearningSessionBody = z.infer<typeof LearningSessionBody>;

export const LearningSessionParams = z.object({
  id: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(64),
});

export const LearningSession = z
  .object({
    id: z.string(),
    date: z.string(),
    hours: z.number(),
    note: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'LearningSession' });
export type LearningSession = z.infer<typeof LearningSession>;

export const LinkedAspiration = z.object({ id: z.string(), title: z.string() });

export const LearningItem = z
  .object({
    id: z.string(),
    kind: LearningKind,
    status: LearningStatus,
    title: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    insights: z.string().describe('Markdown'),
    startedOn: z.string().nullable(),
    finishedOn: z.string().nullable(),
    aspirations: z.array(LinkedAspiration).describe('The aspirations it serves'),
    totalHours: z.number().describe('All time logged on it, in hours'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'LearningItem' });
export type LearningItem = z.infer<typeof LearningItem>;

export const LearningItemDetail = LearningItem.extend({
  sessions: z.array(LearningSession).describe('Every logged session, newest first'),
}).meta({ id: 'LearningItemDetail' });
export type LearningItemDetail = z.infer<typeof LearningItemDetail>;

export const LearningQuery = z.object({
  status: LearningStatus.optional(),
  kind: LearningKind.optional(),
  aspirationId: z.string().min(1).max(64).optional().describe('Only items serving it'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorOf('id').optional(),
});
export type LearningQuery = z.infer<typeof LearningQuery>;

export const MAX_HOURS_MONTHS = 60;

export const LearningHoursQuery = z.object({
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_HOURS_MONTHS)
    .default(12)
    .describe('How many months, ending with this one'),
});

export const LearningHours = z
  .object({
    months: z.array(z.string()).describe('YYYY-MM, oldest first, ending with this month'),
    series: z.array(
      z.object({
        aspirationId: z.string().nullable().describe('null: items linked to no aspiration'),
        title: z.string(),
        hours: z.array(z.number()).describe('Hours in each month, in the order of `months`'),
      }),
    ),
  })
  .meta({ id: 'LearningHours' });
export type LearningHours = z.infer<typeof LearningHours>;
