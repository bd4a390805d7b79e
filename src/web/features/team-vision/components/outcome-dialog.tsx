import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  CreateOutcomeBody,
  MAX_OUTCOME_DESCRIPTION,
  MAX_OUTCOME_TITLE,
  type TeamOutcome,
} from '../../../../contracts/team-vision';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateOutcome, useUpdateOutcome } from '../api';

const OUTCOME_FIELDS = ['title', 'description'] as const;

/** Adds an outcome, or, given `outcome`, changes its title and description. */
export function OutcomeDialog({
  teamId,
  outcome,
  open,
  onOpenChange,
}: {
  teamId: string;
  outcome?: TeamOutcome;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateOutcome(teamId);
  const update = useUpdateOutcome(teamId);
  const [title, setTitle] = useState(outcome?.title ?? '');
  const [description, setDescription] = useState(outcome?.description ?? '');
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(OUTCOME_FIELDS);
  const pending = create.isPending || update.isPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const values = { title: title.trim(), description: description.trim() };
    if (!validate(CreateOutcomeBody, values, { title: t('teamLearning.outcomes.titleRequired') }))
      return;
    if (outcome) {
      update.mutate(
        { id: outcome.id, ...values },
        {
          onSuccess: () => {
            onOpenChange(false);
            toast(t('teamLearning.outcomes.saved'));
          },
          onError: showApiError,
        },
      );
    } else {
      create.mutate(values, {
        onSuccess: (created) => {
          onOpenChange(false);
          toast(t('teamLearning.outcomes.added', { title: created.title }));
        },
        onError: showApiError,
      });
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={outcome ? t('teamLearning.outcomes.editTitle') : t('teamLearning.outcomes.newTitle')}
      description={outcome ? undefined : t('teamLearning.outcomes.newDescription')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={outcome ? t('teamLearning.outcomes.save') : t('teamLearning.outcomes.create')}
      pending={pending}
    >
      <TextField
        label={t('teamLearning.outcomes.titleField')}
        name="title"
        value={title}
        maxLength={MAX_OUTCOME_TITLE}
        autoComplete="off"
        hint={t('teamLearning.outcomes.titleHint')}
        error={fieldErrors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextareaField
        label={t('teamLearning.outcomes.descriptionField')}
        name="description"
        value={description}
        maxLength={MAX_OUTCOME_DESCRIPTION}
        hint={t('teamLearning.markdown.hint')}
        error={fieldErrors.description}
        onChange={(event) => setDescription(event.target.value)}
      />
    </FormDialog>
  );
}
