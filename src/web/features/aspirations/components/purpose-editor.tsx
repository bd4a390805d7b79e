import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useSchemaSoon } from '../../../lib/schema-on-use';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSavePurpose } from '../api';
import { purposeBody } from '../schemas';

const FIELDS = ['text'] as const;

/** Writes the purpose in place; the earlier wording stays in its history. */
export function PurposeEditor({ initial, onDone }: { initial: string; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSavePurpose();
  const [text, setText] = useState(initial);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  useSchemaSoon(purposeBody);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const values = { text: text.trim() };
    if (values.text === initial.trim()) {
      onDone();
      return;
    }
    if (!(await validate(purposeBody, values, { text: t('vision.purpose.required') }))) return;
    save.mutate(values.text, {
      onSuccess: () => {
        toast(t('common.saved'));
        onDone();
      },
      onError: showApiError,
    });
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="flex flex-col gap-3"
    >
      {general ? <FormAlert>{general}</FormAlert> : null}
      <TextareaField
        label={t('vision.purpose.field')}
        name="text"
        rows={3}
        maxLength={2000}
        autoFocus
        prose
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
        hint={t('vision.purpose.hint')}
        error={fieldErrors.text}
        className="max-w-[38rem]"
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" loading={save.isPending}>
          {t('vision.purpose.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
