import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BELIEF_TITLE, dayLabel, sharedTitle } from './shared-title';

const date = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2090-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
/** Words long enough that finding them in a title cannot be chance. */
const words = fc.string({ minLength: 12, maxLength: 200 }).filter((s) => s.trim().length >= 12);
const blank = fc.constantFrom('', ' ', '\n', '  \t ');

describe('shared titles', () => {
  it('never names an untitled reflection by its words, only by its date', () => {
    fc.assert(
      fc.property(words, blank, date, date, (body, title, written, today) => {
        // The whole row is passed, body included: the title must not be made of it.
        const row = { itemType: 'reflection' as const, title, body, date: written };
        const listed = sharedTitle(row, today);
        expect(listed).toBe(`Reflection · ${dayLabel(written, today)}`);
        expect(listed).not.toContain(body.trim());
      }),
    );
  });

  it('lists a belief as "A belief", whatever it says', () => {
    fc.assert(
      fc.property(words, (statement) => {
        const row = { itemType: 'belief' as const, statement, kind: 'limiting' };
        expect(sharedTitle(row)).toBe(BELIEF_TITLE);
      }),
    );
  });

  it('shows the title the author chose, and nothing else of the item', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('aspiration' as const, 'learning_item' as const, 'practice' as const),
        words,
        words,
        (itemType, title, vision) => {
          const row = { itemType, title, vision };
          expect(sharedTitle(row)).toBe(title.trim());
        },
      ),
    );
    fc.assert(
      fc.property(words, blank, date, (title, pad, written) => {
        const listed = sharedTitle({ itemType: 'reflection', title: pad + title, date: written });
        expect(listed).toBe(title.trim());
      }),
    );
  });

  it('names a weekly review by its week', () => {
    expect(sharedTitle({ itemType: 'weekly_review', week: '2026-W49' })).toBe('Week 2026-W49');
  });

  it('writes the year only when it is not this year', () => {
    expect(dayLabel('2026-12-02', '2026-12-05')).toBe('2 Dec');
    expect(dayLabel('2025-12-02', '2026-01-05')).toBe('2 Dec 2025');
    expect(dayLabel('2026-01-09')).toBe('9 Jan 2026');
    fc.assert(
      fc.property(date, date, (day, today) => {
        const label = dayLabel(day, today);
        expect(label).toMatch(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/);
        expect(label.endsWith(day.slice(0, 4))).toBe(day.slice(0, 4) !== today.slice(0, 4));
      }),
    );
  });
});
