import { z } from 'zod';
import { PROMPT_THEMES } from '../core/prompt-themes';
import { pageQuery, Timestamp } from './common';
import { PracticeSummary } from './practices';
import { ProgramWeek } from './programs';
import { Emotions, Mood } from './reflections';
import { AspirationSummary } from './vision';

export const PromptView = z
  .object({
    id: z.string(),
    theme: z.enum(PROMPT_THEMES),
    text: z.string(),
    why: z.string().describe('What the prompt serves, in one sentence'),
  })
  .meta({ id: 'Prompt' });
export type PromptView = z.infer<typeof PromptView>;

export const PromptQuery = z.object({
  theme: z.enum(PROMPT_THEMES).optional(),
  ...pageQuery('offset').shape,
});
export type PromptQuery = z.infer<typeof PromptQuery>;

export const MoodCheckinBody = Mood.extend({ emotions: Emotions.optional() });
export type MoodCheckinBody = z.infer<typeof MoodCheckinBody>;

export const MoodCheckin = z
  .object({
    id: z.string(),
    at: Timestamp,
    date: z.string(),
    pleasantness: z.number().int(),
    energy: z.number().int(),
    emotions: z.array(z.string()),
  })
  .meta({ id: 'MoodCheckin' });
export type MoodCheckin = z.infer<typeof MoodCheckin>;

export const MoodQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30).describe('How many days back'),
  ...pageQuery('timed').shape,
});
export type MoodQuery = z.infer<typeof MoodQuery>;

export const Today = z
  .object({
    date: z.string().describe('Today in my time zone'),
    weekday: z.number().int().describe('ISO weekday, 1 = Monday'),
    prompt: PromptView.describe('One question for today: the same all day'),
    answeredPrompt: z.boolean().describe('Whether a reflection today answered it'),
    practices: z.array(PracticeSummary.extend({ scheduledToday: z.boolean() })),
    mood: MoodCheckin.nullable().describe('My latest mood check-in today'),
    aspirations: z
      .array(AspirationSummary.omit({ history: true }))
      .describe('Active aspirations, with their tension now (their history is on the aspiration)'),
    reflectionsToday: z.number().int(),
    programs: z
      .array(ProgramWeek)
      .describe('This week’s curriculum of the programs where I hold a seat'),
  })
  .meta({ id: 'Today' });
export type Today = z.infer<typeof Today>;
