/**
 * The practice library's pure rules: the built-in entries (the reflection prompts and the
 * practice catalog) in one shape, their ids, search, order, and how an entry becomes a person's
 * own practice. No I/O: the server keeps the organization's entries and versions.
 */
import { LIBRARY_PRACTICES, type SuggestedSchedule } from './practice-library';
import { PROMPTS } from './prompts';

export type LibraryEntryKind = 'prompt' | 'practice';

/** An entry as the library holds it, built-in or the organization's own, at its current version. */
export type LibraryText = {
  id: string;
  kind: LibraryEntryKind;
  title: string;
  body: string;
  theme: string | null;
  /** The suggested schedule of a practice; null for prompts. */
  schedule: SuggestedSchedule | null;
};

const BUILT_IN = /^builtin:(prompt|practice):([a-z0-9_-]{1,40})$/;

/** The library id of a built-in prompt or practice: `builtin:<kind>:<id>`. */
export const builtInEntryId = (kind: LibraryEntryKind, id: string) => `builtin:${kind}:${id}`;

/** The kind and own id of a built-in entry id, or null when it is not one. */
export function parseBuiltInId(entryId: string): { kind: LibraryEntryKind; id: string } | null {
  const match = BUILT_IN.exec(entryId);
  return match ? { kind: match[1] as LibraryEntryKind, id: match[2] as string } : null;
}

/** Every built-in entry, prompts first in their library's order, then the practices. */
export const BUILT_IN_ENTRIES: readonly LibraryText[] = /* @__PURE__ */ [
  ...PROMPTS.map((p) => ({
    id: builtInEntryId('prompt', p.id),
    kind: 'prompt' as const,
    title: p.text,
    body: p.why,
    theme: p.theme,
    schedule: null,
  })),
  ...LIBRARY_PRACTICES.map((p) => ({
    id: builtInEntryId('practice', p.id),
    kind: 'practice' as const,
    title: p.name,
    body: `${p.summary}\n\n${p.how}`,
    theme: p.theme,
    schedule: p.schedule,
  })),
];

const BY_ID = /* @__PURE__ */ new Map(BUILT_IN_ENTRIES.map((e) => [e.id, e]));

/** The built-in entry with that id, or null. */
export const builtInEntry = (entryId: string): LibraryText | null => BY_ID.get(entryId) ?? null;

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether an entry matches a search: every word of the query begins a word of its title, body
 * or theme, ignoring case and accents. An empty query matches everything.
 *
 * @example matchesLibraryQuery({ title: 'Morning pages', body: '', theme: 'reflection' }, 'morn') // true
 */
export function matchesLibraryQuery(
  entry: Pick<LibraryText, 'title' | 'body' | 'theme'>,
  query: string,
): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const has = words(`${entry.title} ${entry.body} ${entry.theme?.replaceAll('_', ' ') ?? ''}`);
  return wanted.every((w) => has.some((h) => h.startsWith(w)));
}

/**
 * The order of the library, one total order on ids: the organization's own entries (ULIDs, so
 * oldest first), then the built-in ones by id. A list pages by it.
 */
export const compareEntryIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const PRACTICE_NAME_MAX = 80;
export const PRACTICE_DESCRIPTION_MAX = 500;

/** Plain text of Markdown's first paragraph: no heading marks, list marks, emphasis or links. */
function firstParagraph(markdown: string): string {
  const paragraph = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  return paragraph
    .split('\n')
    .map((line) => line.replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s?)/, ''))
    .join(' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * A person's own practice made from a practice entry: its title as the name and the first
 * paragraph of its body as the description, each cut to what a practice holds, and its suggested
 * schedule (daily when it has none).
 */
export function practiceFromEntry(entry: Pick<LibraryText, 'title' | 'body' | 'schedule'>): {
  name: string;
  description: string;
  schedule: SuggestedSchedule;
} {
  return {
    name: cut(entry.title.replace(/\s+/g, ' ').trim(), PRACTICE_NAME_MAX) || 'Practice',
    description: cut(firstParagraph(entry.body), PRACTICE_DESCRIPTION_MAX),
    schedule: entry.schedule ?? { type: 'daily' },
  };
}
