import { describe, expect, it } from 'vitest';
import { dateSpan, formatHours, monthLabel } from './learning-words';

describe('learning words', () => {
  it('writes hours with at most two decimals', () => {
    expect(formatHours(3.5, 'en')).toBe('3.5');
    expect(formatHours(0.25, 'en')).toBe('0.25');
    expect(formatHours(12, 'en')).toBe('12');
    expect(formatHours(1.333, 'en')).toBe('1.33');
  });

  it('names a month short for an axis and long for a table', () => {
    expect(monthLabel('2026-11', 'en', 'short')).toBe('Nov');
    expect(monthLabel('2026-01', 'en', 'long')).toBe('January 2026');
  });

  it('writes a span of days with shared parts once, a single day as itself', () => {
    expect(dateSpan('2026-11-23', '2026-11-23', 'en-US')).toBe('Nov 23, 2026');
    expect(dateSpan('2026-11-03', '2026-11-23', 'en-US')).toMatch(/^Nov 3\s–\s23, 2026$/);
    expect(dateSpan('2025-12-30', '2026-01-02', 'en-US')).toMatch(/^Dec 30, 2025\s–\sJan 2, 2026$/);
  });
});
