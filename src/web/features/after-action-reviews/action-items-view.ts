import type { CarriedActionItem } from '../../../contracts/after-action-reviews';

/**
 * Carried-forward items grouped by the earlier review they come from, in the order given (the
 * server sends the oldest review first).
 */
export function groupByReview(
  items: readonly CarriedActionItem[],
): { review: CarriedActionItem['review']; items: CarriedActionItem[] }[] {
  const groups = new Map<
    string,
    { review: CarriedActionItem['review']; items: CarriedActionItem[] }
  >();
  for (const item of items) {
    const group = groups.get(item.review.id);
    if (group) group.items.push(item);
    else groups.set(item.review.id, { review: item.review, items: [item] });
  }
  return [...groups.values()];
}

/** An action item being written in a new review: `key` tells the rows apart while editing. */
export interface ItemRow {
  key: number;
  text: string;
  ownerId: string;
}
export type RowErrors = Partial<Record<'text' | 'ownerId', string>>;

/**
 * The action items of a new review from its rows: blank rows are left out; a row with only one
 * of text and owner gets the message for the missing one, keyed by the row's `key`.
 *
 * @example rowsToItems([{ key: 1, text: 'Book the room', ownerId: 'mia' }], messages).items
 *   // [{ text: 'Book the room', ownerId: 'mia' }]
 */
export function rowsToItems(
  rows: readonly ItemRow[],
  messages: { text: string; ownerId: string },
): { items: { text: string; ownerId: string }[]; errors: Record<number, RowErrors> } {
  const items: { text: string; ownerId: string }[] = [];
  const errors: Record<number, RowErrors> = {};
  for (const row of rows) {
    const text = row.text.trim();
    if (!text && !row.ownerId) continue;
    if (!text || !row.ownerId) {
      errors[row.key] = {
        ...(text ? {} : { text: messages.text }),
        ...(row.ownerId ? {} : { ownerId: messages.ownerId }),
      };
      continue;
    }
    items.push({ text, ownerId: row.ownerId });
  }
  return { items, errors };
}
