import { Archive, Flag, Pause, Play, RotateCcw } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationDetail, AspirationStatus } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useUpdateAspiration } from '../api';
import { ClosingDialog } from './closing-dialog';

import type { Closing } from './closing-dialog';

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
