import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('makes valid ULIDs that carry their time', () => {
    const before = Date.now();
    const id = newId();
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(isValid(id)).toBe(true);
    expect(decodeTime(id)).toBeGreaterThanOrEqual(before);
    expect(decodeTime(id)).toBeLessThanOrEqual(Date.now());
  });

  it('sorts ids in the order they were made, also within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const sameMs = [newId(1_800_000_000_000), newId(1_800_000_000_000)];
    expect(sameMs[0]! < sameMs[1]!).toBe(true);
  });

  it('keeps ids increasing when the clock goes back', () => {
    const late = newId(1_900_000_000_000);
    expect(newId(1_800_000_000_000) > late).toBe(true);
  });
});
