import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { TeamOutcome } from '../../../../contracts/team-vision';
import { onDismiss } from '../../../components/patterns/on-dismiss';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useLinkAspiration } from '../api';
import { useActiveAspirations } from '../../../lib/use-active-aspirations';

/**
 * Aligns one of my active aspirations with an outcome, saying plainly who will see it: only the
 * people the aspiration is shared with.
 */
export function AlignDialog({
  teamId,
  outcome,
  onClose,
}: {
  teamId: string;
  outcome: TeamOutcome;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const aspirations = useActiveAspirations(true);
  const link = useLinkAspiration(teamId);
  const [aspirationId, setAspirationId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alreadyLinked = new Set(outcome.aspirations.filter((a) => a.mine).map((a) => a.id));
  const choices = (aspirations.data ?? []).filter((a) => !alreadyLinked.has(a.id));
  const title = t('teamLearning.align.title');
  const description = t('teamLearning.align.description', { outcome: outcome.title });

  if (aspirations.isError || (aspirations.data && choices.length === 0)) {
    return (
      <Dialog open onOpenChange={onDismiss(onClose)} title={title} description={description}>
        {aspirations.isError ? (
          <FormAlert>{describeError(aspirations.error, t)}</FormAlert>
        ) : (
          <p className="text-[0.9375rem] text-ink">
            {(aspirations.data ?? []).length === 0
              ? t('teamLearning.align.noAspirations')
              : t('teamLearning.align.allAligned')}{' '}
            <Link to="/vision" className="font-medium text-accent-ink underline underline-offset-4">
              {t('teamLearning.align.toVision')}
            </Link>
          </p>
        )}
        <DialogActions>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </DialogActions>
      </Dialog>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (link.isPending) return;
    const chosen = choices.find((a) => a.id === aspirationId);
    if (!chosen) {
      setError(t('teamLearning.align.required'));
      const select = formRef.current?.elements.namedItem('aspirationId');
      if (select instanceof HTMLElement) select.focus();
      return;
    }
    setError(null);
    link.mutate(
      { outcomeId: outcome.id, aspirationId: chosen.id },
      {
        onSuccess: () => {
          onClose();
          toast({
            title: t('teamLearning.align.done', { title: chosen.title, outcome: outcome.title }),
            description: t('teamLearning.align.doneHint'),
          });
        },
      },
    );
  };

  return (
    <FormDialog
      open
      onOpenChange={onDismiss(onClose)}
      title={title}
      description={description}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={link.isError ? describeError(link.error, t) : null}
      submitLabel={t('teamLearning.align.submit')}
      pending={link.isPending}
    >
      {aspirations.data ? (
        <SelectField
          label={t('teamLearning.align.aspiration')}
          name="aspirationId"
          value={aspirationId}
          error={error ?? undefined}
          onChange={(event) => setAspirationId(event.target.value)}
          options={[
            { value: '', label: t('teamLearning.align.choose') },
            ...choices.map((a) => ({ value: a.id, label: a.title })),
          ]}
        />
      ) : (
        <p className="text-ink-muted">{t('common.loading')}</p>
      )}
      <p className="rounded-lg bg-sunken px-3.5 py-3 text-sm text-ink-muted">
        {t('teamLearning.align.privacy')}
      </p>
    </FormDialog>
  );
}
