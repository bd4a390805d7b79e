import { describe, expect, it } from 'vitest';
import { isOpen, withEmail } from './feedback-view';

describe('feedback view', () => {
  it('adds an email address once, tidied, and refuses what is not one', () => {
    expect(withEmail([], ' Bea@Example.com ')).toEqual(['bea@example.com']);
    expect(withEmail(['bea@example.com'], 'BEA@example.com')).toEqual(['bea@example.com']);
    expect(withEmail(['bea@example.com'], 'cai@example.org')).toEqual([
      'bea@example.com',
      'cai@example.org',
    ]);
    expect(withEmail([], 'not an address')).toBeNull();
    expect(withEmail([], '')).toBeNull();
  });

  it('knows whether a request still takes answers', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const open = { expiresAt: '2026-11-23T12:00:01Z', closedAt: null };
    expect(isOpen(open, now)).toBe(true);
    expect(isOpen({ ...open, expiresAt: '2026-11-23T12:00:00Z' }, now)).toBe(false);
    expect(isOpen({ ...open, closedAt: '2026-11-23T11:00:00Z' }, now)).toBe(false);
  });
});
