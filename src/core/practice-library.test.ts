import { describe, expect, it } from 'vitest';
import { LIBRARY_PRACTICES, PRACTICE_THEMES } from './practice-library';

/** Ids published with the catalog: organizations store them, so they stay. */
const PUBLISHED = [
  'vision-read-aloud',
  'morning-pages',
  'sitting-meditation',
  'weekly-review',
  'reaction-log',
  'catch-i-cant',
  'daily-reading',
  'move-daily',
  'value-of-the-day',
  'give-feedback',
];

describe('the built-in practice catalog', () => {
  it('holds at least 25 practices with unique ids, names and summaries', () => {
    expect(LIBRARY_PRACTICES.length).toBeGreaterThanOrEqual(25);
    for (const key of ['id', 'name', 'summary'] as const) {
      expect(new Set(LIBRARY_PRACTICES.map((p) => p[key].toLowerCase())).size, key).toBe(
        LIBRARY_PRACTICES.length,
      );
    }
  });

  it('keeps every published id', () => {
    for (const id of PUBLISHED) expect(LIBRARY_PRACTICES.map((p) => p.id)).toContain(id);
  });

  it('gives every theme a practice, and every practice a summary sentence and a how-to', () => {
    for (const theme of PRACTICE_THEMES) {
      expect(
        LIBRARY_PRACTICES.some((p) => p.theme === theme),
        theme,
      ).toBe(true);
    }
    for (const p of LIBRARY_PRACTICES) {
      expect(p.summary, p.id).toMatch(/[.?!]$/);
      expect(p.how.length, p.id).toBeGreaterThan(100);
      expect(p.name.length, p.id).toBeLessThanOrEqual(80);
    }
  });
});
