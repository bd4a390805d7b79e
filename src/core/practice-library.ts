/**
 * The built-in practice catalog: recurring disciplines of personal mastery that anyone may adopt
 * into their own practices, each with a one-sentence summary, a Markdown how-to and a suggested
 * schedule. Written for Praxis. Ids are stored by organizations (their improvements of an entry,
 * counts of how often it was chosen, programs' curricula), so an id, once published, never
 * changes and is never reused.
 *
 * The texts live in `practice-library.json`, grouped by theme; this file checks their shape and
 * lists them in order.
 */
import { z } from 'zod';
import catalog from './practice-library.json';

export const PRACTICE_THEMES = [
  'vision',
  'current_reality',
  'attention',
  'reflection',
  'emotions',
  'beliefs',
  'learning',
  'body',
  'values',
  'relationships',
] as const;
export type PracticeTheme = (typeof PRACTICE_THEMES)[number];

/** A suggested schedule, in the shape a practice stores: daily, or N times a week. */
export type SuggestedSchedule = { type: 'daily' } | { type: 'weekly'; times: number };

export type LibraryPractice = {
  /** Lowercase words joined by hyphens, stable forever. */
  id: string;
  theme: PracticeTheme;
  name: string;
  /** One sentence: what one does. */
  summary: string;
  /** Markdown: how to do it and what it serves. */
  how: string;
  schedule: SuggestedSchedule;
};

function readCatalog(file: unknown): readonly LibraryPractice[] {
  const Catalog = z.array(
    z.object({
      theme: z.enum(PRACTICE_THEMES),
      about: z.string(),
      practices: z.array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
          name: z.string().min(1).max(80),
          summary: z.string().min(1).max(300),
          how: z.string().min(1),
          schedule: z.discriminatedUnion('type', [
            z.strictObject({ type: z.literal('daily') }),
            z.strictObject({ type: z.literal('weekly'), times: z.number().int().min(1).max(7) }),
          ]),
        }),
      ),
    }),
  );
  return Catalog.parse(file).flatMap(({ theme, practices }) =>
    practices.map((practice) => ({ ...practice, theme })),
  );
}

/** Every built-in practice, theme by theme. */
export const LIBRARY_PRACTICES: readonly LibraryPractice[] = /* @__PURE__ */ readCatalog(catalog);
