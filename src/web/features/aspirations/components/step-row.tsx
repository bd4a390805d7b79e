import { Trash2 } from 'lucide-react';
import { clsx } from 'clsx';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { ActionStep } from '../../../../contracts/vision';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useDeleteStep, useUpdateStep } from '../api';

/** One step: a checkbox that ticks at once (and untick if the server refuses), and Delete. */
export function StepRow({
  aspirationId,
  step,
  readOnly,
  onRemoved,
}: {
  aspirationId: string;
  step: ActionStep;
  readOnly: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateStep();
  const remove = useDeleteStep();
  // What the person just chose, shown until the server has answered.
  const [choice, setChoice] = useState<boolean | null>(null);
  const done = choice ?? step.done;
  const id = `step-${step.id}`;
  const onError = (error: unknown) => toast({ title: describeError(error, t), tone: 'info' });

  return (
    <li className="flex items-start gap-3 py-2">
      <input
        id={id}
        type="checkbox"
        checked={done}
        disabled={readOnly}
        onChange={(event) => {
          const next = event.target.checked;
          setChoice(next);
          update.mutate(
            { id: aspirationId, stepId: step.id, done: next },
            { onError, onSettled: () => setChoice(null) },
          );
        }}
        className="mt-0.5 size-5 shrink-0 cursor-pointer rounded accent-accent"
      />
      <label
        htmlFor={id}
        className={clsx(
          'flex-1 cursor-pointer break-words',
          done ? 'text-ink-muted line-through decoration-line-strong' : 'text-ink',
        )}
      >
        {step.text}
      </label>
      {readOnly ? null : (
        <button
          type="button"
          aria-label={t('vision.steps.delete', { text: step.text })}
          onClick={() =>
            remove.mutate({ id: aspirationId, stepId: step.id }, { onSuccess: onRemoved, onError })
          }
          className="-my-1 inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-ink-muted hover:bg-sunken hover:text-ink"
        >
          <Trash2 aria-hidden className="size-4" />
        </button>
      )}
    </li>
  );
}
