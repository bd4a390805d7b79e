import { describe, expect, it } from 'vitest';
import { formatPercent, weekNumber, weekRange } from './review-words';

describe('review words', () => {
  it('reads the number of an ISO week', () => {
    expect(weekNumber('2026-W48')).toBe(48);
    expect(weekNumber('2027-W01')).toBe(1);
  });

  it('gives the Monday to Sunday of a week', () => {
    expect(weekRange('2026-W48', 'en-GB')).toMatch(/^23\s?–\s?29 Nov 2026$/);
    expect(weekRange('2026-W01', 'en-GB')).toMatch(/^29 Dec 2025\s–\s4 Jan 2026$/);
    expect(weekRange('2026-W54', 'en-GB')).toBe('2026-W54');
    expect(weekRange('2025-W50', 'en-GB', '2026-W49')).toMatch(/^8 Dec 2025\s–\s6 Dec 2026$/);
  });

  it('shows a percentage with at most one decimal', () => {
    expect(formatPercent(75, 'en')).toBe('75%');
    // Rounded as people read it: no decimals.
    expect(formatPercent(56.7, 'en')).toBe('57%');
    expect(formatPercent(56.7, 'fr')).toBe('57\u00a0%');
  });
});
