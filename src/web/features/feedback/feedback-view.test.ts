import { describe, expect, it } from 'vitest';
import { isOpen, recipientName, withEmail } from './feedback-view';

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

  it('names the person each link is for', () => {
    const colleagues = [{ id: 'u1', name: 'Bea', orgNames: ['Lab'] }];
    expect(recipientName({ userId: 'u1' }, colleagues)).toBe('Bea');
    expect(recipientName({ email: 'cai@example.org' }, colleagues)).toBe('cai@example.org');
  });

  it('knows whether a request still takes answers', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(isOpen({ expiresAt: '2026-11-23T12:00:01Z' }, now)).toBe(true);
    expect(isOpen({ expiresAt: '2026-11-23T12:00:00Z' }, now)).toBe(false);
  });
});
