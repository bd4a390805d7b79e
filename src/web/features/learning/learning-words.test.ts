import { describe, expect, it } from 'vitest';
import { formatHours, monthLabel } from './learning-words';

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
});
