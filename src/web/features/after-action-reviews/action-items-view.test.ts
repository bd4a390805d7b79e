import { describe, expect, it } from 'vitest';
import type { CarriedActionItem } from '../../../contracts/after-action-reviews';
import { groupByReview, rowsToItems } from './action-items-view';

const messages = { text: 'Say what.', ownerId: 'Say who.' };

function carried(id: string, reviewId: string): CarriedActionItem {
  return {
    id,
    reviewId,
    text: `item ${id}`,
    owner: { id: 'mia', name: 'Mia' },
    done: false,
    doneAt: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    review: { id: reviewId, title: `review ${reviewId}`, date: '2026-11-01' },
  };
}

describe('team learning view', () => {
  it('turns rows into action items, leaving blank rows out and naming what is missing', () => {
    const { items, errors } = rowsToItems(
      [
        { key: 1, text: ' Book the room ', ownerId: 'mia' },
        { key: 2, text: '', ownerId: '' },
        { key: 3, text: 'Ask the client', ownerId: '' },
        { key: 4, text: '  ', ownerId: 'lea' },
      ],
      messages,
    );
    expect(items).toEqual([{ text: 'Book the room', ownerId: 'mia' }]);
    expect(errors).toEqual({ 3: { ownerId: 'Say who.' }, 4: { text: 'Say what.' } });
  });

  it('groups carried items by the review they come from, in the order given', () => {
    const groups = groupByReview([carried('1', 'r1'), carried('2', 'r2'), carried('3', 'r1')]);
    expect(groups.map((g) => [g.review.id, g.items.map((i) => i.id)])).toEqual([
      ['r1', ['1', '3']],
      ['r2', ['2']],
    ]);
  });
});
