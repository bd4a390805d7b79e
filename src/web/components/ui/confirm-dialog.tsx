import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { describeError } from '../../lib/form-errors';
import { Button } from './button';
import { Dialog, DialogActions } from './dialog';
import { FormAlert } from './form-alert';

/**
 * Asks before something that cannot be undone (deleting, revoking, ending): what will happen,
 * Cancel, and the action in the danger tone. A failed attempt shows its error in the dialog,
 * which stays open so it can be tried again.
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  description,
  confirmLabel,
  onConfirm,
  pending,
  error,
  describe,
  returnFocus,
}: {
  open: boolean;
  /** Called on Cancel, Escape or the close button; reset the action's error state here. */
  onClose: () => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
  /** Puts a failure into words, when not the usual way (`describeError`). */
  describe?: (error: unknown) => string;
  /** Where focus goes afterwards when what opened the dialog is gone. */
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={title}
      description={description}
      returnFocus={returnFocus}
    >
      {error ? <FormAlert>{describe ? describe(error) : describeError(error, t)}</FormAlert> : null}
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="danger-quiet" loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
