/**
 * What a shared item is called in the lists other people see (`/api/shared-with-me`, a team
 * outcome's aligned aspirations, the author's access log). PRODUCT.md: lists that others see
 * show only what the author chose as a title; anything more is an opened, logged read. So an
 * untitled reflection is named by its kind and date, never by its first words, and a belief —
 * whose statement is the personal content itself — is "A belief" until it is opened.
 */

/** The facts a listed title may be made of; an item's body or statement is never one of them. */
export type TitleFacts =
  | { itemType: 'aspiration' | 'learning_item' | 'practice'; title: string }
  | { itemType: 'reflection'; title: string; date: string }
  | { itemType: 'belief' }
  | { itemType: 'weekly_review'; week: string };

/** What a belief is listed as before it is opened. */
export const BELIEF_TITLE = 'A belief';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as a list says it: "2 Dec", with the year when it is not the year of `today`
 * (or when no `today` is given). Anything that is not a `YYYY-MM-DD` date is returned as it is.
 *
 * @example dayLabel('2026-12-02', '2026-12-05') // "2 Dec"
 * @example dayLabel('2025-12-02', '2026-12-05') // "2 Dec 2025"
 */
export function dayLabel(date: string, today?: string): string {
  const match = DATE.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  const label = `${Number(match[3])} ${month}`;
  return today?.slice(0, 4) === match[1] ? label : `${label} ${match[1]}`;
}

/**
 * The title another person sees for an item before opening it: the author's own title (an
 * aspiration's or learning item's title, a practice's name), "Week 2026-W49" for a weekly
 * review, the reflection's title or "Reflection · 2 Dec" when it has none, and "A belief".
 * `today` (the reader's calendar date) only decides whether a year is written.
 *
 * @example sharedTitle({ itemType: 'reflection', title: '', date: '2026-12-02' }, '2026-12-05') // "Reflection · 2 Dec"
 */
export function sharedTitle(item: TitleFacts, today?: string): string {
  switch (item.itemType) {
    case 'belief':
      return BELIEF_TITLE;
    case 'weekly_review':
      return `Week ${item.week}`;
    case 'reflection':
      return item.title.trim() || `Reflection · ${dayLabel(item.date, today)}`;
    default:
      return item.title.trim();
  }
}
