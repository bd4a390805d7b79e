import { Archive, Flag, Pause, Play, RotateCcw } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AspirationDetail, AspirationStatus } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useUpdateAspiration } from '../api';

type Closing = 'achieved' | 'released';

/**
 * What can happen to an aspiration as a whole: pause it, mark it achieved or release it (each
 * with a reflection), or make it active again. Nothing is deleted.
 */
export function StatusActions({ aspiration }: { aspiration: AspirationDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const headingId = useId();
  const update = useUpdateAspiration();
  const [closing, setClosing] = useState<Closing | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [pending, setPending] = useState<AspirationStatus | null>(null);
  const { status } = aspiration;

  const setStatus = (next: AspirationStatus) => {
    setPending(next);
    update.mutate(
      { id: aspiration.id, status: next },
      {
        onSuccess: () => toast(t(`vision.status.became.${next}`)),
        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
        onSettled: () => setPending(null),
      },
    );
  };

  const openClosing = (kind: Closing) => {
    setClosing(kind);
    setDialogOpen(true);
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
        {t('vision.status.title')}
      </h2>
      <p className="max-w-prose text-sm text-ink-muted">{t('vision.status.explain')}</p>
      <div className="flex flex-wrap gap-2">
        {status === 'active' ? (
          <Button
            icon={<Pause aria-hidden className="size-4" />}
            loading={pending === 'paused'}
            onClick={() => setStatus('paused')}
          >
            {t('vision.status.pause')}
          </Button>
        ) : null}
        {status === 'paused' ? (
          <Button
            icon={<Play aria-hidden className="size-4" />}
            loading={pending === 'active'}
            onClick={() => setStatus('active')}
          >
            {t('vision.status.resume')}
          </Button>
        ) : null}
        {status === 'active' || status === 'paused' ? (
          <>
            <Button
              icon={<Flag aria-hidden className="size-4" />}
              onClick={() => openClosing('achieved')}
            >
              {t('vision.status.achieve')}
            </Button>
            <Button
              icon={<Archive aria-hidden className="size-4" />}
              onClick={() => openClosing('released')}
            >
              {t('vision.status.release')}
            </Button>
          </>
        ) : (
          <Button
            icon={<RotateCcw aria-hidden className="size-4" />}
            loading={pending === 'active'}
            onClick={() => setStatus('active')}
          >
            {t('vision.status.reactivate')}
          </Button>
        )}
      </div>
      <ClosingDialog
        key={closing ?? 'none'}
        aspiration={aspiration}
        kind={closing}
        open={dialogOpen}
        onOpenChange={setDialogOpen}
      />
    </section>
  );
}

function ClosingDialog({
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
