import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('pagination', () => {
  it('decodes every cursor it encodes back to the key', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'),
          minLength: 1,
          maxLength: 40,
        }),
        (key) => {
          expect(decodeCursor(encodeCursor(key))).toBe(key);
        },
      ),
    );
  });

  it('rejects anything it did not issue, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (cursor) => {
        const key = decodeCursor(cursor);
        if (key !== null) expect(encodeCursor(key)).toBe(cursor);
      }),
    );
    expect(decodeCursor('not a cursor!')).toBeNull();
  });

  it('returns at most `limit` items and a cursor exactly when more rows exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        (count, limit) => {
          const rows = Array.from({ length: Math.min(count, limit + 1) }, (_, i) => ({
            id: `k${i}`,
          }));
          const page = toPage(rows, limit, (row) => row.id);
          expect(page.items.length).toBe(Math.min(rows.length, limit));
          expect(page.nextCursor !== null).toBe(rows.length > limit);
          if (page.nextCursor) expect(decodeCursor(page.nextCursor)).toBe(page.items.at(-1)?.id);
        },
      ),
    );
  });
});
