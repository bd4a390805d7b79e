import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { UpdateAarBody, type Aar } from '../../../../contracts/after-action-reviews';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateAar } from '../api';
import { AAR_FIELDS, AarFields, draftOf, type AarDraft } from './aar-fields';

/** A review's title, date and four answers, edited in place. */
export function EditAar({ aar, today, onDone }: { aar: Aar; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateAar(aar);
  const [draft, setDraft] = useState<AarDraft>(() => draftOf(aar, today));
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(AAR_FIELDS);
  useEffect(() => {
    const title = formRef.current?.elements.namedItem('title');
    if (title instanceof HTMLElement) title.focus();
  }, [formRef]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const values = { ...draft, title: draft.title.trim() };
    const valid = validate(UpdateAarBody, values, {
      title: t('teamLearning.aar.titleRequired'),
      date: t('teamLearning.aar.dateRequired'),
    });
    if (!valid) return;
    update.mutate(values, {
      onSuccess: () => {
        toast(t('teamLearning.aar.saved'));
        onDone();
      },
      onError: showApiError,
    });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      {general ? <FormAlert>{general}</FormAlert> : null}
      <AarFields draft={draft} onChange={setDraft} errors={fieldErrors} today={today} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" loading={update.isPending}>
          {t('teamLearning.aar.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
