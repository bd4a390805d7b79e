import { z } from 'zod';
import { Finding, Support } from './language';
import { isCalendarDate } from '../core/calendar';
import { EMOTIONS } from '../core/emotions';
import { cursorOf, Timestamp } from './common';
import { At } from './vision';

export const REFLECTION_KINDS = [
  'daily',
  'weekly',
  'free',
  'left_hand_column',
  'ladder_of_inference',
] as const;
export const ReflectionKind = z.enum(REFLECTION_KINDS);
export type ReflectionKind = z.infer<typeof ReflectionKind>;

/** The two-axis mood grid: how pleasant, how much energy, each −5..5. */
export const Mood = z.object({
  pleasantness: z.number().int().min(-5).max(5),
  energy: z.number().int().min(-5).max(5),
});
export type Mood = z.infer<typeof Mood>;

export const EmotionWord = z.enum(EMOTIONS as [string, ...string[]]);
export const Emotions = z
  .array(EmotionWord)
  .max(12)
  .refine((list) => new Set(list).size === list.length, { message: 'Name each emotion once.' });

export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, { message: 'Use letters, numbers, spaces, - or _.' });
export const Tags = z
  .array(Tag)
  .max(12)
  .refine((list) => new Set(list).size === list.length, { message: 'Use each tag once.' });

/** Left-hand column: what was said, beside what I thought and did not say. */
export const LeftHandColumnForm = z.object({
  type: z.literal('left_hand_column'),
  situation: z.string().trim().max(2000).default(''),
  rows: z
    .array(z.object({ said: z.string().trim().max(1000), thought: z.string().trim().max(1000) }))
    .max(30),
});
/** Ladder of inference: from the data I selected to the conclusion I drew and what I did. */
export const LadderForm = z.object({
  type: z.literal('ladder_of_inference'),
  data: z.string().trim().max(2000).default(''),
  selected: z.string().trim().max(2000).default(''),
  meanings: z.string().trim().max(2000).default(''),
  assumptions: z.string().trim().max(2000).default(''),
  conclusions: z.string().trim().max(2000).default(''),
  beliefs: z.string().trim().max(2000).default(''),
  actions: z.string().trim().max(2000).default(''),
});
export const ReflectionForm = z.discriminatedUnion('type', [LeftHandColumnForm, LadderForm]);
export type ReflectionForm = z.infer<typeof ReflectionForm>;

export const MAX_REFLECTION_LENGTH = 20_000;

export const CreateReflectionBody = z.object({
  kind: ReflectionKind,
  title: z.string().trim().max(200).optional(),
  body: z.string().max(MAX_REFLECTION_LENGTH).describe('Markdown'),
  promptId: z.string().max(40).optional(),
  mood: Mood.optional(),
  emotions: Emotions.optional(),
  tags: Tags.optional(),
  form: ReflectionForm.optional(),
  at: At.optional(),
});
export type CreateReflectionBody = z.infer<typeof CreateReflectionBody>;

export const UpdateReflectionBody = z
  .object({
    title: z.string().trim().max(200).optional(),
    body: z.string().max(MAX_REFLECTION_LENGTH).optional(),
    mood: Mood.nullable().optional(),
    emotions: Emotions.optional(),
    tags: Tags.optional(),
    form: ReflectionForm.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateReflectionBody = z.infer<typeof UpdateReflectionBody>;

export { Finding, LimitingKind } from './language';

export const SnippetPart = z.object({ text: z.string(), highlight: z.boolean() });

export const Reflection = z
  .object({
    id: z.string(),
    kind: ReflectionKind,
    title: z.string(),
    body: z.string(),
    promptId: z.string().nullable(),
    mood: Mood.nullable(),
    emotions: z.array(z.string()),
    tags: z.array(z.string()),
    form: ReflectionForm.nullable(),
    at: Timestamp,
    date: z.string().describe('The calendar date in my time zone when it was written'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    limitingLanguage: z.array(Finding),
    support: Support,
  })
  .meta({ id: 'Reflection' });
export type Reflection = z.infer<typeof Reflection>;

export const ReflectionSearchHit = Reflection.extend({
  snippet: z.array(SnippetPart).nullable().describe('Matching passage, highlighted; only with q'),
});

const CalendarDateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use YYYY-MM-DD.' });

export const ReflectionQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Full-text search; results ranked by relevance'),
  from: CalendarDateParam.optional().describe('First calendar date, inclusive'),
  to: CalendarDateParam.optional().describe('Last calendar date, inclusive'),
  kind: ReflectionKind.optional(),
  tag: Tag.optional(),
  emotion: EmotionWord.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.union([cursorOf('timed'), cursorOf('offset')]).optional(),
});
export type ReflectionQuery = z.infer<typeof ReflectionQuery>;

export const LanguageBody = z.object({ text: z.string().max(MAX_REFLECTION_LENGTH) });
export const LanguageFindings = z.object({ findings: z.array(Finding), support: Support });

/** The month of the reflection calendar. */
export const CalendarQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Use YYYY-MM.' }),
});

/** One day of the reflection calendar: how many were written, with their mean mood. */
export const CalendarDay = z.object({
  date: z.string(),
  count: z.number().int(),
  mood: Mood.nullable(),
});

/** A month of the reflection calendar: its days with at least one reflection. */
export const ReflectionCalendar = z.object({ days: z.array(CalendarDay) });

export const OnThisDayQuery = z.object({
  date: z
    .string()
    .refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' })
    .optional()
    .describe('Defaults to today in my time zone'),
});

/**
 * What was written on one calendar day in the ten years before: a short list by nature, answered
 * whole (`nextCursor` is null).
 */
export const OnThisDay = z.object({
  items: z.array(z.object({ yearsAgo: z.number().int(), reflection: Reflection })),
  nextCursor: z.null(),
});
