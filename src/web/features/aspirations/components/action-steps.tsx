import { Plus, Trash2 } from 'lucide-react';
import { clsx } from 'clsx';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StepBody, type ActionStep } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddStep, useDeleteStep, useUpdateStep } from '../api';

const FIELDS = ['text'] as const;

/**
 * Action steps, Robert Fritz's structural-tension chart: the next concrete moves from current
 * reality toward the vision. Each can be ticked done and back; a step keeps its place when
 * ticked, so focus and the eye stay where they were.
 */
export function ActionSteps({
  aspirationId,
  steps,
  readOnly = false,
}: {
  aspirationId: string;
  steps: readonly ActionStep[];
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const add = useAddStep();
  const inputRef = useRef<HTMLInputElement>(null);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  const openCount = steps.filter((step) => !step.done).length;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = event.currentTarget;
    const values = { text: String(new FormData(form).get('text') ?? '').trim() };
    if (!validate(StepBody, values, { text: t('vision.steps.required') })) return;
    add.mutate(
      { id: aspirationId, text: values.text },
      {
        onSuccess: () => {
          form.reset();
          inputRef.current?.focus();
        },
        onError: showApiError,
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
        {t('vision.steps.title')}
      </h2>
      <p className="max-w-prose text-sm text-ink-muted">{t('vision.steps.explain')}</p>
      {steps.length > 0 ? (
        <ul className="flex flex-col divide-y divide-line">
          {steps.map((step) => (
            <StepRow
              key={step.id}
              aspirationId={aspirationId}
              step={step}
              readOnly={readOnly}
              onRemoved={() => inputRef.current?.focus()}
            />
          ))}
        </ul>
      ) : (
        <p className="text-[0.9375rem] text-ink-muted">{t('vision.steps.empty')}</p>
      )}
      {steps.length > 0 && openCount === 0 ? (
        <p className="text-sm text-ink-muted">{t('vision.steps.allDone')}</p>
      ) : null}
      {readOnly ? null : (
        <form
          ref={formRef}
          noValidate
          onSubmit={onSubmit}
          className="flex flex-col gap-2 sm:flex-row sm:items-start"
        >
          <TextField
            ref={inputRef}
            label={t('vision.steps.new')}
            name="text"
            maxLength={280}
            autoComplete="off"
            error={fieldErrors.text}
            hint={t('vision.steps.newHint')}
            className="flex-1"
          />
          <Button
            type="submit"
            loading={add.isPending}
            icon={<Plus aria-hidden className="size-4" />}
            className="sm:mt-7"
          >
            {t('vision.steps.add')}
          </Button>
        </form>
      )}
      {general ? <FormAlert>{general}</FormAlert> : null}
    </section>
  );
}

/** One step: a checkbox that ticks at once (and untick if the server refuses), and Delete. */
function StepRow({
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
