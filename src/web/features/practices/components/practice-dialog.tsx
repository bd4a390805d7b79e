import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePracticeBody, type PracticeSummary } from '../../../../contracts/practices';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreatePractice, useUpdatePractice } from '../api';
import {
  createBodyOf,
  draftOf,
  EMPTY_PRACTICE,
  PRACTICE_FIELDS,
  PracticeFields,
  type PracticeDraft,
} from './practice-fields';

/**
 * Starts a practice (then stays on the list, where it appears), or, given `practice`, changes
 * one. Links to an aspiration and a value are optional.
 */
export function PracticeDialog({
  open,
  onOpenChange,
  practice,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  practice?: PracticeSummary;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreatePractice();
  const update = useUpdatePractice();
  const editing = Boolean(practice);
  const initial = () => (practice ? draftOf(practice) : EMPTY_PRACTICE);
  const [draft, setDraft] = useState<PracticeDraft>(initial);
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(PRACTICE_FIELDS);
  const pending = create.isPending || update.isPending;

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setDraft(initial());
      show({});
      create.reset();
      update.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const body = createBodyOf(draft);
    const values = { aspirationId: undefined, valueId: undefined, description: '', ...body };
    if (draft.scheduleType === 'weekdays' && draft.days.length === 0) {
      show({ schedule: t('practices.fields.daysRequired') });
      return;
    }
    if (!validate(CreatePracticeBody, values, { name: t('practices.fields.nameRequired') })) return;
    if (practice) {
      update.mutate(
        {
          id: practice.id,
          ...body,
          aspirationId: draft.aspirationId || null,
          valueId: draft.valueId || null,
        },
        {
          onSuccess: () => {
            onOpenChange(false);
            show({});
            toast(t('practices.edit.saved'));
          },
          onError: showApiError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: () => close(false),
        onError: showApiError,
      });
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={editing ? t('practices.edit.title') : t('practices.new.title')}
      description={editing ? undefined : t('practices.new.description')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={editing ? t('practices.edit.submit') : t('practices.new.submit')}
      pending={pending}
    >
      <PracticeFields draft={draft} onChange={setDraft} errors={fieldErrors} />
    </FormDialog>
  );
}
