import { useTranslation } from 'react-i18next';
import { type LearningItemDetail } from '../../../../contracts/learning';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useDeleteLearningItem } from '../api';

/** Asks before deleting a learning item. */
export function DeleteDialog({
  open,
  onOpenChange,
  item,
  onDeleted,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  item: LearningItemDetail;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteLearningItem();
  return (
    <ConfirmDialog
      open={open}
      onClose={() => {
        onOpenChange(false);
        remove.reset();
      }}
      title={t('learning.item.deleteTitle')}
      description={t('learning.item.deleteBody', { title: item.title })}
      confirmLabel={t('learning.item.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(item.id, {
          onSuccess: () => {
            onOpenChange(false);
            onDeleted();
          },
        })
      }
    />
  );
}
