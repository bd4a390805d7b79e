import type { Insertable } from 'kysely';
import type { Db } from '../../src/server/db/database';
import type { DB } from '../../src/server/db/schema';
import { Batch } from '../../src/server/seed/batch';

/**
 * The one home of the benches' bulk reflections (the search case's million, the search
 * micro-benchmark's four years): deterministic words, and rows written as the seed writes them —
 * large multi-row inserts in large transactions on either engine, so the search index's
 * triggers fill `search_documents` as they would for the app's own writes.
 */
export const WORDS = (
  'morning walk team meeting feedback honest calm tired coffee river garden project deadline ' +
  'patience listen question advice daughter friend run breath notice habit practice vision ' +
  'reality tension gap choose respond react learn book course mentor coach trust afraid ' +
  'grateful decision priority energy sleep weekend plan review value courage kindness curious'
).split(' ');

/** `length` words of `WORDS`, the same for the same `seed`. */
export function wordsOf(seed: number, length: number): string[] {
  const words: string[] = [];
  let x = seed * 2654435761;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[x % WORDS.length]!);
  }
  return words;
}

export type ReflectionRow = Insertable<DB['reflections']>;

/** Rows gathered before a transaction writes them. */
const FLUSH_ROWS = 20_000;

/** Writes reflection `rowOf(n)` for every n below `count`. */
export async function insertReflections(
  db: Db,
  count: number,
  rowOf: (n: number) => ReflectionRow,
): Promise<void> {
  const batch = new Batch();
  for (let n = 0; n < count; n += 1) {
    batch.add('reflections', rowOf(n));
    if (batch.count >= FLUSH_ROWS) await batch.flush(db);
  }
  await batch.flush(db);
}
