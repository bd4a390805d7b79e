import { describe, expect, it } from 'vitest';
import { ApiError, existingIdOf, parseRetryAfter } from './api-client';

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

describe('existingIdOf', () => {
  it('names the existing record of a matching conflict', () => {
    const error = new ApiError(409, 'agreement_exists', 'Exists', { id: 'a1' });
    expect(existingIdOf(error, 'agreement_exists')).toBe('a1');
  });

  it('is undefined for another code, no id, or another kind of error', () => {
    expect(existingIdOf(new ApiError(409, 'other', 'x', { id: 'a1' }), 'agreement_exists')).toBe(
      undefined,
    );
    expect(existingIdOf(new ApiError(409, 'agreement_exists', 'x'), 'agreement_exists')).toBe(
      undefined,
    );
    expect(existingIdOf(new Error('x'), 'agreement_exists')).toBe(undefined);
  });
});
