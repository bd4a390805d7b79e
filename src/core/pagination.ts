/**
 * Cursor pagination. A list is ordered by a key of one kind; the cursor of a page is the
 * base64url form of the last key it showed, written in that kind's one strict format. Clients
 * treat cursors as opaque; the server reads back only what it could have written, so a cursor
 * it did not issue is refused (400) before any query runs.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** How deep a ranked search may be paged by offset: further pages are refused. */
export const MAX_SEARCH_OFFSET = 10_000;

/** The key of each kind of cursor, by the order of the list it pages. */
export type CursorKeys = {
  /** Lists ordered by id (ULIDs sort by creation time). */
  id: string;
  /** Weekly reviews, by ISO week (2026-W47). */
  week: string;
  /** By a calendar date, then id (after-action reviews). */
  dated: { date: string; id: string };
  /** By an instant, then id (reflections, reactions). */
  timed: { at: string; id: string };
  /** By two ids, the first then the second (a link between two items: team alignments). */
  linked: { first: string; second: string };
  /** By a calendar date, then two ids (an item within a dated parent: carried action items). */
  datedLinked: { date: string; first: string; second: string };
  /** A ranked search, by how many results came before. */
  offset: number;
  /** The practice library, by entry id: an organization's ULID or `builtin:<kind>:<id>`. */
  entry: string;
  /** An entry's history, by version number (newest first). */
  version: number;
};
export type CursorKind = keyof CursorKeys;

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const WEEK = /^\d{4}-W\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const OFFSET = /^o:(0|[1-9]\d{0,5})$/;
const ENTRY = /^([0-9A-HJKMNP-TV-Z]{26}|builtin:(prompt|practice):[a-z0-9_-]{1,40})$/;
const VERSION = /^v:[1-9]\d{0,8}$/;

type Format<K extends CursorKind> = {
  write: (key: CursorKeys[K]) => string;
  read: (text: string) => CursorKeys[K] | null;
};

/** Two parts joined by one separator, each matching its own pattern. */
function pair(text: string, separator: string, first: RegExp, second: RegExp) {
  const parts = text.split(separator);
  if (parts.length !== 2) return null;
  const [a = '', b = ''] = parts;
  return first.test(a) && second.test(b) ? ([a, b] as const) : null;
}

const formats: { [K in CursorKind]: Format<K> } = {
  id: { write: (id) => id, read: (text) => (ULID.test(text) ? text : null) },
  week: { write: (week) => week, read: (text) => (WEEK.test(text) ? text : null) },
  dated: {
    write: ({ date, id }) => `${date} ${id}`,
    read: (text) => {
      const parts = pair(text, ' ', DATE, ULID);
      return parts && { date: parts[0], id: parts[1] };
    },
  },
  timed: {
    write: ({ at, id }) => `${at}|${id}`,
    read: (text) => {
      const parts = pair(text, '|', INSTANT, ULID);
      return parts && { at: parts[0], id: parts[1] };
    },
  },
  linked: {
    write: ({ first, second }) => `${first}.${second}`,
    read: (text) => {
      const parts = pair(text, '.', ULID, ULID);
      return parts && { first: parts[0], second: parts[1] };
    },
  },
  datedLinked: {
    write: ({ date, first, second }) => `${date} ${first}.${second}`,
    read: (text) => {
      const dated = pair(text, ' ', DATE, /^[^ ]+$/);
      const ids = dated && pair(dated[1], '.', ULID, ULID);
      return dated && ids && { date: dated[0], first: ids[0], second: ids[1] };
    },
  },
  offset: {
    write: (offset) => `o:${offset}`,
    read: (text) => {
      if (!OFFSET.test(text)) return null;
      const offset = Number(text.slice(2));
      return offset <= MAX_SEARCH_OFFSET ? offset : null;
    },
  },
  entry: { write: (id) => id, read: (text) => (ENTRY.test(text) ? text : null) },
  version: {
    write: (version) => `v:${version}`,
    read: (text) => (VERSION.test(text) ? Number(text.slice(2)) : null),
  },
};

const toBase64Url = (text: string) =>
  btoa(text).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');

/** The opaque cursor of a key. Example: `encodeCursor('offset', 20)` → `"bzoyMA"`. */
export function encodeCursor<K extends CursorKind>(kind: K, key: CursorKeys[K]): string {
  return toBase64Url(formats[kind].write(key));
}

/**
 * The key inside a cursor of the given kind, or null when the cursor is not exactly one
 * `encodeCursor` writes for that kind. Never throws, whatever the input.
 */
export function decodeCursor<K extends CursorKind>(kind: K, cursor: string): CursorKeys[K] | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  if (toBase64Url(text) !== cursor) return null;
  return formats[kind].read(text);
}

/**
 * Given up to `limit + 1` rows fetched in key order, returns the page and the cursor of the
 * next one (null on the last page).
 */
export function toPage<T, K extends CursorKind>(
  rows: T[],
  limit: number,
  kind: K,
  keyOf: (row: T) => CursorKeys[K],
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor(kind, keyOf(last)) : null;
  return { items, nextCursor };
}
