import { z } from 'zod';
import { isCalendarDate } from '../core/calendar';
import { cursorOf, Timestamp } from './common';
import { Support } from './language';
import { Emotions } from './reflections';
import { At } from './vision';

/**
 * The parts of a reaction as it is told, from what set it off to what came of it: the fields a
 * reaction is written with, and columns it is stored in.
 */
export const REACTION_PARTS = [
  'trigger',
  'emotions',
  'intensity',
  'automaticReaction',
  'chosenResponse',
  'outcome',
] as const;

export const MAX_TRIGGER_LENGTH = 2000;
export const MAX_RESPONSE_LENGTH = 4000;

const Trigger = z
  .string()
  .trim()
  .min(1, { message: 'Say what set it off.' })
  .max(MAX_TRIGGER_LENGTH, { message: `Use at most ${MAX_TRIGGER_LENGTH} characters.` })
  .describe('What happened that set the reaction off');
const Intensity = z.number().int().min(0).max(10).describe('How strong the emotion was, 0–10');
const Step = (what: string) =>
  z
    .string()
    .trim()
    .max(MAX_RESPONSE_LENGTH, { message: `Use at most ${MAX_RESPONSE_LENGTH} characters.` })
    .describe(what);
const AUTOMATIC = 'What I did or wanted to do on reflex';
const CHOSEN = 'The response I chose, or would choose next time';
const OUTCOME = 'What came of it';

export const CreateReactionBody = z.object({
  trigger: Trigger,
  emotions: Emotions.default([]).describe('Emotion words from the vocabulary'),
  intensity: Intensity,
  automaticReaction: Step(AUTOMATIC).default(''),
  chosenResponse: Step(CHOSEN).default(''),
  outcome: Step(OUTCOME).default(''),
  at: At.optional(),
});
export type CreateReactionBody = z.infer<typeof CreateReactionBody>;

export const UpdateReactionBody = z
  .object({
    trigger: Trigger.optional(),
    emotions: Emotions.optional(),
    intensity: Intensity.optional(),
    automaticReaction: Step(AUTOMATIC).optional(),
    chosenResponse: Step(CHOSEN).optional(),
    outcome: Step(OUTCOME).optional(),
    at: At.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Send something to change.',
  });
export type UpdateReactionBody = z.infer<typeof UpdateReactionBody>;

export const Reaction = z
  .object({
    id: z.string(),
    at: Timestamp,
    date: z.string().describe('The calendar date of `at` in my time zone'),
    trigger: z.string(),
    emotions: z.array(z.string()),
    intensity: z.number().int(),
    automaticReaction: z.string(),
    chosenResponse: z.string(),
    outcome: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    support: Support,
  })
  .meta({ id: 'Reaction' });
export type Reaction = z.infer<typeof Reaction>;

const DateParam = z.string().refine(isCalendarDate, { message: 'Use a real date, YYYY-MM-DD.' });

export const ReactionQuery = z.object({
  from: DateParam.optional().describe('First calendar date, inclusive'),
  to: DateParam.optional().describe('Last calendar date, inclusive'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorOf('timed').optional(),
});
export type ReactionQuery = z.infer<typeof ReactionQuery>;

export const MAX_PATTERN_DAYS = 365;

export const ReactionPatternsQuery = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PATTERN_DAYS)
    .default(90)
    .describe('How many days back, today included'),
});

export const ReactionPatterns = z
  .object({
    from: z.string().describe('First calendar date looked at'),
    to: z.string().describe('Today, in my time zone'),
    reactions: z.number().int().describe('How many reactions were looked at'),
    triggerWords: z
      .array(z.object({ word: z.string(), count: z.number().int(), meanIntensity: z.number() }))
      .describe('Up to 10 words, by how many triggers hold them'),
    emotions: z
      .array(z.object({ emotion: z.string(), count: z.number().int(), meanIntensity: z.number() }))
      .describe('Up to 10 emotions, by how many reactions name them'),
  })
  .meta({ id: 'ReactionPatterns' });
export type ReactionPatterns = z.infer<typeof ReactionPatterns>;
