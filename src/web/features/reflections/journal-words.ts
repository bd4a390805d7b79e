import type { Reflection } from '../../../contracts/reflections';
import { addDays } from '../../../core/calendar';

const OPENER = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/;
const EMPHASIS = /(\*\*|__|~~|`|\*|_)/g;

/** A Markdown line as plain words: no heading, quote or list opener, no emphasis marks. */
export function plainLine(line: string): string {
  return line.replace(OPENER, '').replace(EMPHASIS, '').trim();
}

/** Text without inline Markdown marks (for search snippets, which are raw text). */
export function plainInline(text: string): string {
  return text.replace(EMPHASIS, '');
}

/**
 * What a reflection is called in a list: its title, else its first written line (shortened),
 * else the first line of its form (situation or data), else null (the caller names it by kind).
 *
 * @example headlineOf({ title: '', body: '## Monday\nRain.' }) // 'Monday'
 */
export function headlineOf(
  reflection: Pick<Reflection, 'title' | 'body'> & { form?: Reflection['form'] },
): string | null {
  if (reflection.title.trim()) return reflection.title.trim();
  const form = reflection.form;
  const formText = !form ? '' : form.type === 'left_hand_column' ? form.situation : form.data;
  const first = `${reflection.body}\n${formText}`
    .split('\n')
    .map(plainLine)
    .find((line) => line.length > 0);
  if (!first) return null;
  return first.length > 90 ? `${first.slice(0, 88).trimEnd()}…` : first;
}

/**
 * A few lines of a reflection after its headline, as plain text, for a card.
 */
export function excerptOf(reflection: Pick<Reflection, 'title' | 'body'>, max = 220): string {
  const lines = reflection.body
    .split('\n')
    .map(plainLine)
    .filter((line) => line.length > 0);
  const rest = (reflection.title.trim() ? lines : lines.slice(1)).join(' ');
  return rest.length > max ? `${rest.slice(0, max - 2).trimEnd()}…` : rest;
}

/** The month after (`+1`) or before (`-1`) a month written YYYY-MM. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every calendar date (YYYY-MM-DD) of a month written YYYY-MM. */
export function daysOfMonth(month: string): string[] {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const count = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** A line of the Journal's list: a reflection or a weekly review. */
export type JournalEntry<R, W> = { type: 'reflection'; item: R } | { type: 'review'; item: W };

/**
 * Reflections (newest first, as paged) with the weekly reviews among them, each review where its
 * week ends; reviews older than the last loaded reflection wait for the next page unless the
 * list is `complete`.
 *
 * @example withReviews([{ date: '2026-03-09' }, { date: '2026-03-01' }],
 *   [{ weekStart: '2026-03-02' }], true) // reflection 9 March, review W10, reflection 1 March
 */
export function withReviews<R extends { date: string }, W extends { weekStart: string }>(
  reflections: R[],
  reviews: W[],
  complete: boolean,
): JournalEntry<R, W>[] {
  const waiting = [...reviews].sort((a, b) => b.weekStart.localeCompare(a.weekStart));
  const entries: JournalEntry<R, W>[] = [];
  let next = 0;
  const addReviewsUntil = (date: string | null) => {
    while (
      next < waiting.length &&
      (date === null || addDays(waiting[next]!.weekStart, 6) >= date)
    ) {
      entries.push({ type: 'review', item: waiting[next]! });
      next += 1;
    }
  };
  for (const reflection of reflections) {
    addReviewsUntil(reflection.date);
    entries.push({ type: 'reflection', item: reflection });
  }
  if (complete) addReviewsUntil(null);
  return entries;
}
