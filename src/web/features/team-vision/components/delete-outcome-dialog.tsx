import { useTranslation } from '../../../lib/use-translation';
import type { TeamOutcome } from '../../../../contracts/team-vision';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { useDeleteOutcome } from '../api';

/** Asks before deleting an outcome. */
export function DeleteOutcomeDialog({
  teamId,
  outcome,
  onClose,
  returnFocus,
}: {
  teamId: string;
  outcome: TeamOutcome | null;
  onClose: () => void;
  returnFocus: () => HTMLElement | null | undefined;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useDeleteOutcome(teamId);
  const close = () => {
    onClose();
    remove.reset();
  };
  return (
    <ConfirmDialog
      open={outcome !== null}
      onClose={close}
      title={t('teamLearning.outcomes.deleteTitle', { title: outcome?.title ?? '' })}
      description={t('teamLearning.outcomes.deleteBody')}
      confirmLabel={t('teamLearning.outcomes.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      returnFocus={returnFocus}
      onConfirm={() => {
        if (!outcome) return;
        remove.mutate(outcome.id, {
          onSuccess: () => {
            close();
            toast(t('teamLearning.outcomes.deleted', { title: outcome.title }));
          },
        });
      }}
    />
  );
}
