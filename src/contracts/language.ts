import { z } from 'zod';

export const LimitingKind = z.enum(['powerlessness', 'unworthiness', 'overgeneralization']);
export const Finding = z
  .object({
    start: z.number().int().describe('UTF-16 offset of the first character'),
    end: z.number().int().describe('UTF-16 offset after the last character'),
    kind: LimitingKind,
    text: z.string(),
    why: z.string().describe('Why the phrase was read as this kind, in plain words'),
  })
  .meta({ id: 'LimitingLanguageFinding' });

/**
 * Whether the text speaks of wanting to die or to harm oneself, so that the person sees where
 * help is. Computed for this answer only: never stored, logged, counted or mailed.
 */
export const Support = z
  .boolean()
  .describe('The text speaks of wanting to die or to self-harm: show where help is now');

/** The deployment's crisis resources, as the operator configured them (Markdown). */
export const CrisisResources = z
  .object({
    text: z.string().describe('Where help is, as Markdown'),
    configured: z.boolean().describe('False when this is the built-in default'),
  })
  .meta({ id: 'CrisisResources' });
export type CrisisResources = z.infer<typeof CrisisResources>;

// In a file without Zod, so the web's first page can show it without loading Zod.
export { DEFAULT_CRISIS_RESOURCES } from './crisis-resources-default';
