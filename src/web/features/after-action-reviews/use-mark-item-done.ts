import { useTranslation } from '../../lib/use-translation';
import { useToast } from '../../components/ui/toast';
import { useUpdateActionItem } from './api';

/**
 * Ticks a team's action item done (or open again) and says so in a toast: `mark` for a row's
 * `onDone`, with `update` (the mutation) for the pending row and the error the list shows.
 *
 * @example
 * const { update, mark } = useMarkItemDone(teamId);
 * <ActionItemRow … onDone={(done, settled) => mark(reviewId, item, done, settled)} />
 */
export function useMarkItemDone(teamId: string) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateActionItem(teamId);
  const mark = (
    reviewId: string,
    item: { id: string; text: string },
    done: boolean,
    settled: () => void,
  ) =>
    update.mutate(
      { reviewId, itemId: item.id, done },
      {
        onSettled: settled,
        onSuccess: () =>
          toast(
            done
              ? t('teamLearning.items.markedDone', { text: item.text })
              : t('teamLearning.items.markedOpen', { text: item.text }),
          ),
      },
    );
  return { update, mark };
}
