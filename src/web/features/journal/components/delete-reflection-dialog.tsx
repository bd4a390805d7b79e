import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
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
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) remove.reset();
      }}
      title={t('journal.delete.title')}
      description={t('journal.delete.description')}
    >
      {remove.isError ? <FormAlert>{describeError(remove.error, t)}</FormAlert> : null}
      <DialogActions>
        <Button onClick={() => onOpenChange(false)}>{t('common.cancel')}</Button>
        <Button
          variant="danger-quiet"
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(id, {
              onSuccess: () => {
                onOpenChange(false);
                toast(t('journal.delete.done'));
                void navigate('/journal', { replace: true });
              },
            })
          }
        >
          {t('journal.delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
