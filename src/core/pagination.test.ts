import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CursorKeys,
  type CursorKind,
  decodeCursor,
  encodeCursor,
  MAX_SEARCH_OFFSET,
  toPage,
} from './pagination';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulid = fc.string({ unit: fc.constantFrom(...crockford), minLength: 26, maxLength: 26 });
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const date = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
const instant = fc
  .date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

const keys: { [K in CursorKind]: fc.Arbitrary<CursorKeys[K]> } = {
  id: ulid,
  week: fc.tuple(digits(4), digits(2)).map(([y, w]) => `${y}-W${w}`),
  dated: fc.record({ date, id: ulid }),
  timed: fc.record({ at: instant, id: ulid }),
  linked: fc.record({ first: ulid, second: ulid }),
  datedLinked: fc.record({ date, first: ulid, second: ulid }),
  offset: fc.integer({ min: 0, max: MAX_SEARCH_OFFSET }),
  entry: fc.oneof(
    ulid,
    fc
      .tuple(
        fc.constantFrom('prompt', 'practice'),
        fc.string({ unit: fc.constantFrom(...'abz09_-'), minLength: 1, maxLength: 40 }),
      )
      .map(([kind, id]) => `builtin:${kind}:${id}`),
  ),
  version: fc.integer({ min: 1, max: 999_999_999 }),
};
const kinds = Object.keys(keys) as CursorKind[];

/** Cursors that look like ours: base64url of text near each kind's format. */
const nearMisses = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(...'o:-+.e0123456789 |W'), maxLength: 40 }),
    fc.oneof(fc.double(), fc.integer(), fc.bigInt()).map((n) => `o:${n}`),
  )
  .map((text) => Buffer.from(text, 'utf8').toString('base64url'));

describe('pagination', () => {
  it.each(kinds)('decodes every %s cursor it encodes back to the key', (kind) => {
    fc.assert(
      fc.property(keys[kind] as fc.Arbitrary<CursorKeys[typeof kind]>, (key) => {
        expect(decodeCursor(kind, encodeCursor(kind, key))).toEqual(key);
      }),
    );
  });

  it('rejects anything it did not issue, without throwing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(...kinds),
        (cursor, kind) => {
          const key = decodeCursor(kind, cursor);
          if (key !== null) expect(encodeCursor(kind, key as never)).toBe(cursor);
        },
      ),
    );
    expect(decodeCursor('id', 'not a cursor!')).toBeNull();
  });

  it('reads back, of any text, only a key its kind writes in exactly that form', () => {
    fc.assert(
      fc.property(nearMisses, fc.constantFrom(...kinds), (cursor, kind) => {
        const key = decodeCursor(kind, cursor);
        if (key !== null) expect(encodeCursor(kind, key as never)).toBe(cursor);
      }),
    );
  });

  it('reads an offset only as a whole number from 0 to the limit', () => {
    fc.assert(
      fc.property(nearMisses, (cursor) => {
        const offset = decodeCursor('offset', cursor);
        if (offset !== null) {
          expect(Number.isSafeInteger(offset)).toBe(true);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(MAX_SEARCH_OFFSET);
        }
      }),
    );
    const raw = (text: string) => Buffer.from(text).toString('base64url');
    for (const text of [
      'o:1.5',
      'o:1e308',
      'o:-1',
      'o:01',
      `o:${'9'.repeat(400)}`,
      'o:',
      'o:0x10',
    ]) {
      expect(decodeCursor('offset', raw(text))).toBeNull();
    }
    expect(decodeCursor('offset', raw(`o:${MAX_SEARCH_OFFSET + 1}`))).toBeNull();
    expect(decodeCursor('offset', raw('o:20'))).toBe(20);
  });

  it('returns at most `limit` items and a cursor exactly when more rows exist', () => {
    fc.assert(
      fc.property(
        fc.array(ulid, { maxLength: 30 }),
        fc.integer({ min: 1, max: 10 }),
        (ids, limit) => {
          const rows = ids.slice(0, limit + 1).map((id) => ({ id }));
          const page = toPage(rows, limit, 'id', (row) => row.id);
          expect(page.items.length).toBe(Math.min(rows.length, limit));
          expect(page.nextCursor !== null).toBe(rows.length > limit);
          if (page.nextCursor) {
            expect(decodeCursor('id', page.nextCursor)).toBe(page.items.at(-1)?.id);
          }
        },
      ),
    );
  });
});
