import type { ComponentType } from 'react';
import type { Belief } from '../../../../contracts/beliefs';
import type { LearningItemDetail } from '../../../../contracts/learning';
import type { PracticeDetail } from '../../../../contracts/practices';
import type { Reflection } from '../../../../contracts/reflections';
import type { SharedItem } from '../../../../contracts/sharing';
import type { AspirationDetail } from '../../../../contracts/vision';
import { WeeklyReviewView } from './weekly-review-view';

/**
 * The read-only views of the kinds of item that can be shared. Each feature owns its own and
 * the router hands them in (features do not import each other).
 */
export interface SharedItemViews {
  Aspiration: ComponentType<{ aspiration: AspirationDetail; timeZone: string }>;
  Reflection: ComponentType<{ reflection: Reflection; timeZone: string }>;
  LearningItem: ComponentType<{ item: LearningItemDetail; owner: string }>;
  Practice: ComponentType<{ practice: PracticeDetail }>;
  Belief: ComponentType<{ belief: Belief }>;
}

/** The view that fits the kind of the shared item. */
export function SharedItemView({
  shared,
  timeZone,
  views,
}: {
  shared: SharedItem;
  timeZone: string;
  views: SharedItemViews;
}) {
  switch (shared.itemType) {
    case 'aspiration':
      return <views.Aspiration aspiration={shared.item} timeZone={timeZone} />;
    case 'reflection':
      return <views.Reflection reflection={shared.item} timeZone={timeZone} />;
    case 'learning_item':
      return <views.LearningItem item={shared.item} owner={shared.owner.name} />;
    case 'practice':
      return <views.Practice practice={shared.item} />;
    case 'belief':
      return <views.Belief belief={shared.item} />;
    case 'weekly_review':
      return <WeeklyReviewView review={shared.item} owner={shared.owner.name} />;
  }
}
