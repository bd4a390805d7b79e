import { type SharedItem } from '../../../../contracts/sharing';
import { AspirationView } from './aspiration-view';
import { ReflectionView } from './reflection-view';
import { LearningView } from './learning-view';
import { PracticeView } from './practice-view';
import { BeliefView } from './belief-view';
import { WeeklyReviewView } from './weekly-review-view';

/** The view that fits the kind of the shared item. */
export function SharedItemView({ shared, timeZone }: { shared: SharedItem; timeZone: string }) {
  switch (shared.itemType) {
    case 'aspiration':
      return <AspirationView aspiration={shared.item} timeZone={timeZone} />;
    case 'reflection':
      return <ReflectionView reflection={shared.item} timeZone={timeZone} />;
    case 'learning_item':
      return <LearningView item={shared.item} owner={shared.owner.name} />;
    case 'practice':
      return <PracticeView practice={shared.item} />;
    case 'belief':
      return <BeliefView belief={shared.item} />;
    case 'weekly_review':
      return <WeeklyReviewView review={shared.item} owner={shared.owner.name} />;
  }
}
