import { useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useSchemaSoon } from '../../../lib/schema-on-use';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSavePurpose } from '../api';
import { purposeBody } from '../schemas';
import { StepFrame } from './step-frame';

const PURPOSE_FIELDS = ['text'] as const;

/** The welcome's step that writes my purpose. */
export function PurposeStep({
  headingRef,
  name,
  saved,
  onNext,
  skip,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  name: string;
  saved: string;
  onNext: () => void;
  skip: ReactNode;
}) {
  const { t } = useTranslation();
  const save = useSavePurpose();
  const [text, setText] = useState(saved);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(PURPOSE_FIELDS);
  useSchemaSoon(purposeBody);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const value = text.trim();
    // Blank is fine: purpose can wait.
    if (!value || value === saved.trim()) {
      onNext();
      return;
    }
    if (!(await validate(purposeBody, { text: value }))) return;
    save.mutate(value, { onSuccess: onNext, onError: showApiError });
  };

  return (
    <StepFrame
      headingRef={headingRef}
      title={t('welcome.purpose.title')}
      lead={t('welcome.purpose.lead', { name })}
      explain={t('welcome.purpose.explain')}
      onSubmit={(event) => void onSubmit(event)}
      formRef={formRef}
      general={general}
      skip={skip}
      next={
        <Button type="submit" variant="primary" loading={save.isPending}>
          {t('welcome.continue')}
        </Button>
      }
    >
      <TextareaField
        label={t('welcome.purpose.field')}
        name="text"
        rows={4}
        maxLength={2000}
        prose
        value={text}
        onChange={(event) => setText(event.target.value)}
        guide={t('welcome.purpose.guide')}
        hint={t('welcome.purpose.hint')}
        error={fieldErrors.text}
      />
    </StepFrame>
  );
}
