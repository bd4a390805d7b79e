/**
 * Cursor pagination over items ordered by a sortable string key (our ids sort by creation time).
 * A cursor is opaque to clients: the base64url form of the last key they saw.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(key: string): string {
  return btoa(key).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

/** Returns the key inside a cursor, or null when the cursor is not one we issued. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  try {
    const key = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    return encodeCursor(key) === cursor ? key : null;
  } catch {
    return null;
  }
}

/**
 * Given up to `limit + 1` rows fetched in key order, returns the page and the cursor of the
 * next one (null on the last page).
 */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { items, nextCursor };
}
