import { Plus } from 'lucide-react';
import type { FormEvent, Ref } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Value } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { startLoading } from '../../../lib/schema-on-use';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateValue, useUpdateValue } from '../api';
import { createValueBody } from '../schemas';

const FIELDS = ['name', 'description'] as const;

/** Adds a value, or (with `value`) renames one and changes its meaning. */
export function ValueForm({
  value,
  onDone,
  submitLabel,
  nameRef,
}: {
  value?: Value;
  onDone?: () => void;
  submitLabel: string;
  nameRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const create = useCreateValue();
  const update = useUpdateValue();
  const pending = create.isPending || update.isPending;
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = {
      name: String(data.get('name') ?? '').trim(),
      description: String(data.get('description') ?? '').trim(),
    };
    const required = { name: t('vision.values.nameRequired') };
    if (!(await validate(createValueBody, values, required))) return;
    if (value) {
      update.mutate({ id: value.id, ...values }, { onSuccess: onDone, onError: showApiError });
    } else {
      create.mutate(values, {
        onSuccess: () => {
          form.reset();
          form.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
        },
        onError: showApiError,
      });
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      // Part of Vision's first page: its rule is loaded once someone starts writing a value.
      onFocus={() => startLoading(createValueBody)}
      aria-label={value ? t('vision.values.editOne', { name: value.name }) : undefined}
      className="flex flex-col gap-3"
    >
      {general ? <FormAlert>{general}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <TextField
          ref={nameRef}
          label={t('vision.values.name')}
          name="name"
          maxLength={60}
          autoComplete="off"
          defaultValue={value?.name}
          autoFocus={Boolean(value)}
          required
          error={fieldErrors.name}
        />
        <TextField
          label={t('vision.values.description')}
          name="description"
          maxLength={280}
          autoComplete="off"
          defaultValue={value?.description}
          hint={value ? undefined : t('vision.values.descriptionHint')}
          error={fieldErrors.description}
        />
      </div>
      <div className="flex gap-2">
        <Button
          type="submit"
          variant={value ? 'primary' : 'secondary'}
          loading={pending}
          icon={value ? undefined : <Plus aria-hidden className="size-4" />}
        >
          {submitLabel}
        </Button>
        {onDone ? (
          <Button variant="ghost" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
