import { Plus } from 'lucide-react';
import { useId, useRef, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { StepBody, type ActionStep } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddStep } from '../api';
import { StepRow } from './step-row';

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
