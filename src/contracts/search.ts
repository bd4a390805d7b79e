import { z } from 'zod';
import { cursorOf } from './common';

/** The kinds of thing a person wrote that search finds. */
export const SearchType = z.enum([
  'reflection',
  'review',
  'learning',
  'reaction',
  'belief',
  'one-on-one-note',
]);
export type SearchType = z.infer<typeof SearchType>;

export const SearchSnippetPart = z.object({ text: z.string(), highlight: z.boolean() });

export const SearchResult = z
  .object({
    type: SearchType,
    id: z
      .string()
      .describe(
        "The id of the page it opens: the item's own id; a weekly review's ISO week; a 1:1 note's space",
      ),
    title: z.string().describe('Its title as written; empty when it has none'),
    date: z.string().describe('The calendar date it belongs to (a weekly review: its Monday)'),
    snippet: z
      .array(SearchSnippetPart)
      .describe('The matching passage, matching words highlighted'),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/[\p{L}\p{N}]/u, { message: 'Search for at least one word.' })
    .describe('Words to find, every one as a prefix; results ranked by relevance'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: cursorOf('offset').optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;
