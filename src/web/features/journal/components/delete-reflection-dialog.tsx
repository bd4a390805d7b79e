import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { useDeleteReflection } from '../api';

/** Asks before deleting a reflection for good, then goes back to the Journal. */
export function DeleteReflectionDialog({
  id,
  open,
  onOpenChange,
}: {
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useDeleteReflection();
  return (
    <ConfirmDialog
      open={open}
      onClose={() => {
        onOpenChange(false);
        remove.reset();
      }}
      title={t('journal.delete.title')}
      description={t('journal.delete.description')}
      confirmLabel={t('journal.delete.confirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(id, {
          onSuccess: () => {
            onOpenChange(false);
            toast(t('journal.delete.done'));
            void navigate('/journal', { replace: true });
          },
        })
      }
    />
  );
}
