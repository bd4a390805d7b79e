import { z } from 'zod';
import { Timestamp, pageOf } from './common';

/**
 * The practice library: built-in prompts and practices, with an organization's own entries on top.
 * Programs build their curriculum from it; members propose additions and improvements and
 * facilitators accept them. Counts of how often an entry was chosen are counts only: never who.
 */

export const LIBRARY_KINDS = ['prompt', 'practice'] as const;
export const LibraryKind = z.enum(LIBRARY_KINDS);
export type LibraryKind = z.infer<typeof LibraryKind>;

/**
 * An entry's id. Built-in entries are `builtin:<kind>:<id>` (for prompts the prompt's stable id,
 * e.g. `builtin:prompt:vision-01`); an organization's entries have plain ids.
 */
export const LibraryEntryId = z.string().min(1).max(80);

export const LibraryEntry = z
  .object({
    id: LibraryEntryId,
    kind: LibraryKind,
    source: z.enum(['built-in', 'organization']),
    title: z.string(),
    /** Markdown: the prompt's question and why, or the practice's how-to. */
    body: z.string(),
    /** The theme it belongs to (for built-in prompts, the prompt's theme), if any. */
    theme: z.string().nullable(),
    /** How many times people chose it (adopted the practice, used the prompt, put it in a curriculum). */
    chosenCount: z.number().int().min(0),
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'LibraryEntry' });
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const LibraryPage = pageOf(LibraryEntry).meta({ id: 'LibraryPage' });
export type LibraryPage = z.infer<typeof LibraryPage>;
