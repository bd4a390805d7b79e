import type {
  Aar,
  AarSummary,
  ActionItem,
  CarriedActionItem,
} from '../../../contracts/after-action-reviews';
import type { CarriedRow, ItemRow, ReviewRow } from './queries';

const personOf = (id: string | null, name: string | null) =>
  id !== null && name !== null ? { id, name } : null;

export function presentActionItem(row: ItemRow): ActionItem {
  return {
    id: row.id,
    reviewId: row.reviewId,
    text: row.text,
    owner: personOf(row.ownerId, row.ownerName),
    done: row.doneAt !== null,
    doneAt: row.doneAt,
    createdAt: row.createdAt,
  };
}

/** An open action item of an earlier review, with the review it comes from. */
export function presentCarried(row: CarriedRow): CarriedActionItem {
  return {
    ...presentActionItem(row),
    review: { id: row.reviewId, title: row.reviewTitle, date: row.reviewDate },
  };
}

export function presentReview(view: {
  review: ReviewRow;
  items: ItemRow[];
  carried: CarriedRow[];
  canDelete: boolean;
}): Aar {
  const { review } = view;
  return {
    id: review.id,
    teamId: review.teamId,
    title: review.title,
    date: review.date,
    expected: review.expected,
    happened: review.happened,
    whyDifferent: review.whyDifferent,
    nextTime: review.nextTime,
    createdBy: personOf(review.createdBy, review.createdByName),
    canDelete: view.canDelete,
    actionItems: view.items.map(presentActionItem),
    carriedForward: view.carried.map(presentCarried),
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
  };
}

export function presentSummary(
  row: ReviewRow & { actionItemCount: number; openActionItemCount: number },
): AarSummary {
  return {
    id: row.id,
    teamId: row.teamId,
    title: row.title,
    date: row.date,
    createdBy: personOf(row.createdBy, row.createdByName),
    actionItemCount: row.actionItemCount,
    openActionItemCount: row.openActionItemCount,
    createdAt: row.createdAt,
  };
}
