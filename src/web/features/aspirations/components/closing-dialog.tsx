import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationDetail } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useUpdateAspiration } from '../api';

/** How an aspiration closes: achieved, or released on purpose. */
export type Closing = 'achieved' | 'released';

export function ClosingDialog({
  aspiration,
  kind,
  open,
  onOpenChange,
}: {
  aspiration: AspirationDetail;
  kind: Closing | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateAspiration();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!kind) return null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { id: aspiration.id, status: kind, statusNote: note.trim() || undefined },
      {
        onSuccess: () => {
          toast(t(`vision.status.became.${kind}`));
          onOpenChange(false);
        },
        onError: (failure) => setError(describeError(failure, t)),
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setError(null);
        onOpenChange(next);
      }}
      title={t(`vision.status.${kind}Title`, { title: aspiration.title })}
      description={t(`vision.status.${kind}Description`)}
    >
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {error ? <FormAlert>{error}</FormAlert> : null}
        <TextareaField
          label={t('vision.status.reflection')}
          name="statusNote"
          rows={4}
          maxLength={4000}
          prose
          value={note}
          onChange={(event) => setNote(event.target.value)}
          hint={t(`vision.status.${kind}Hint`)}
        />
        <DialogActions>
          <Button onClick={() => onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={update.isPending}>
            {t(`vision.status.${kind}Confirm`)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
