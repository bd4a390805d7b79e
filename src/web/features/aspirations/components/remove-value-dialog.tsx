import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Value } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { useDeleteValue } from '../api';

/** Asks before a value is removed. */
export function RemoveValueDialog({
  value,
  open,
  onClose,
  returnFocus,
}: {
  value: Value | null;
  open: boolean;
  onClose: () => void;
  returnFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const remove = useDeleteValue();
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      open={open && value !== null}
      onOpenChange={(next) => {
        if (!next) {
          setError(null);
          onClose();
        }
      }}
      title={t('vision.values.removeTitle', { name: value?.name ?? '' })}
      description={t('vision.values.removeDescription')}
      returnFocus={returnFocus}
    >
      {error ? <FormAlert>{error}</FormAlert> : null}
      <DialogActions>
        <Button onClick={onClose}>{t('vision.values.keep')}</Button>
        <Button
          variant="danger-quiet"
          loading={remove.isPending}
          onClick={() => {
            if (!value) return;
            remove.mutate(value.id, {
              onSuccess: onClose,
              onError: (failure) => setError(describeError(failure, t)),
            });
          }}
        >
          {t('vision.values.removeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
