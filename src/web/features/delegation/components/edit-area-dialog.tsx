import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Agreement, type Area, UpdateAreaBody } from '../../../../contracts/delegation';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUpdateArea } from '../api';

const AREA_FIELDS = ['title', 'note'] as const;

/** Changes a decision area's title and note. */
export function EditAreaDialog({
  agreement,
  area,
  open,
  onOpenChange,
}: {
  agreement: Agreement;
  area: Area;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateArea();
  const [draft, setDraft] = useDraftOnOpen(open, () => ({ title: area.title, note: area.note }));
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(AREA_FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      show({});
      update.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    if (!validate(UpdateAreaBody, draft, { title: t('delegation.area.addTitleRequired') })) return;
    update.mutate(
      { id: agreement.id, areaId: area.id, ...draft },
      {
        onSuccess: () => {
          close(false);
          toast(t('delegation.area.saved'));
        },
        onError: showApiError,
      },
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={t('delegation.area.editTitle')}
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('delegation.area.save')}
      pending={update.isPending}
    >
      <TextField
        label={t('delegation.area.addTitle')}
        name="title"
        value={draft.title}
        maxLength={200}
        error={fieldErrors.title}
        onChange={(event) => setDraft((d) => ({ ...d, title: event.target.value }))}
      />
      <TextareaField
        label={t('delegation.area.addNote')}
        name="note"
        rows={3}
        value={draft.note}
        error={fieldErrors.note}
        onChange={(event) => setDraft((d) => ({ ...d, note: event.target.value }))}
      />
    </FormDialog>
  );
}
