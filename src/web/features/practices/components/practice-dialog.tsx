import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { CreatePracticeBody, type PracticeSummary } from '../../../../contracts/practices';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useToast } from '../../../components/ui/toast';
import { useItemDialog } from '../../../lib/use-item-dialog';
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
  const initial = () => (practice ? draftOf(practice) : EMPTY_PRACTICE);
  const [draft, setDraft] = useState<PracticeDraft>(initial);
  const form = useItemDialog({
    fields: PRACTICE_FIELDS,
    open,
    onOpenChange,
    writes: [create, update],
    onClose: () => setDraft(initial()),
  });
  const words = practice ? 'practices.edit' : 'practices.new';

  const save = () => {
    const body = createBodyOf(draft);
    const values = { aspirationId: undefined, valueId: undefined, description: '', ...body };
    if (draft.scheduleType === 'weekdays' && draft.days.length === 0) {
      form.show({ schedule: t('practices.fields.daysRequired') });
      return;
    }
    if (!form.validate(CreatePracticeBody, values, { name: t('practices.fields.nameRequired') }))
      return;
    if (!practice) {
      create.mutate(body, { onSuccess: () => form.close(false), onError: form.showApiError });
      return;
    }
    const links = { aspirationId: draft.aspirationId || null, valueId: draft.valueId || null };
    update.mutate(
      { id: practice.id, ...body, ...links },
      {
        onSuccess: () => {
          onOpenChange(false);
          form.show({});
          toast(t('practices.edit.saved'));
        },
        onError: form.showApiError,
      },
    );
  };

  return (
    <FormDialog
      {...form.formDialog}
      onSubmit={form.submit(save)}
      title={t(`${words}.title`)}
      description={practice ? undefined : t('practices.new.description')}
      className="sm:max-w-lg"
      submitLabel={t(`${words}.submit`)}
    >
      <PracticeFields draft={draft} onChange={setDraft} errors={form.fieldErrors} />
    </FormDialog>
  );
}
