import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './api-client';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-11-23T10:00:00Z');

  it('reads whole seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the seconds until then, never negative', () => {
    expect(parseRetryAfter('Sun, 23 Nov 2025 10:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Sun, 23 Nov 2025 09:00:00 GMT', now)).toBe(0);
  });

  it('gives null when there is nothing readable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
