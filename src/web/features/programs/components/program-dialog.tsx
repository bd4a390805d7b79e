import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import {
  CreateProgramBody,
  MAX_PROGRAM_MARKDOWN,
  MAX_PROGRAM_TITLE,
  type Program,
} from '../../../../contracts/programs';
import { MarkdownField } from '../../../components/patterns/markdown-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateProgram, useUpdateProgram } from '../api';

const FIELDS = ['title', 'description', 'startDate', 'endDate', 'seats', 'status'] as const;

/** Creates a program in an organization, or, given `program`, changes it. */
export function ProgramDialog({
  orgId,
  program,
  open,
  onOpenChange,
}: {
  orgId: string;
  program?: Program;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateProgram(orgId);
  const update = useUpdateProgram(program?.id ?? '');
  const [title, setTitle] = useState(program?.title ?? '');
  const [description, setDescription] = useState(program?.description ?? '');
  const [startDate, setStartDate] = useState(program?.startDate ?? '');
  const [endDate, setEndDate] = useState(program?.endDate ?? '');
  const [seats, setSeats] = useState(String(program?.seats ?? 12));
  const [status, setStatus] = useState<'open' | 'closed'>(program?.status ?? 'open');
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  const pending = create.isPending || update.isPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const values = {
      title: title.trim(),
      description: description.trim(),
      startDate,
      endDate,
      seats: Number(seats),
      status,
    };
    if (
      !validate(CreateProgramBody, values, {
        title: t('programs.form.titleRequired'),
        startDate: t('programs.form.dateRequired'),
        endDate: t('programs.form.dateRequired'),
      })
    )
      return;
    if (program) {
      update.mutate(values, {
        onSuccess: () => {
          onOpenChange(false);
          toast(t('programs.form.saved'));
        },
        onError: showApiError,
      });
    } else {
      create.mutate(values, {
        onSuccess: (created) => {
          onOpenChange(false);
          toast(t('programs.form.created', { title: created.title }));
          void navigate(`/programs/${created.id}`);
        },
        onError: showApiError,
      });
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={program ? t('programs.form.editTitle') : t('programs.form.newTitle')}
      description={program ? undefined : t('programs.form.newDescription')}
      className="sm:max-w-2xl"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={program ? t('programs.form.save') : t('programs.form.create')}
      pending={pending}
    >
      <TextField
        label={t('programs.form.title')}
        name="title"
        value={title}
        maxLength={MAX_PROGRAM_TITLE}
        autoComplete="off"
        error={fieldErrors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <MarkdownField
        label={t('programs.form.description')}
        name="description"
        value={description}
        onChange={setDescription}
        hint={t('programs.form.markdownHint')}
        error={fieldErrors.description}
        words={{
          view: t('programs.form.markdownView'),
          write: t('programs.form.write'),
          preview: t('programs.form.preview'),
          nothing: t('programs.form.nothing'),
        }}
        previewClassName="min-h-32 bg-paper"
        hintBelow
        maxLength={MAX_PROGRAM_MARKDOWN}
        rows={6}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('programs.form.startDate')}
          name="startDate"
          type="date"
          value={startDate}
          error={fieldErrors.startDate}
          onChange={(event) => setStartDate(event.target.value)}
        />
        <TextField
          label={t('programs.form.endDate')}
          name="endDate"
          type="date"
          value={endDate}
          error={fieldErrors.endDate}
          onChange={(event) => setEndDate(event.target.value)}
        />
        <TextField
          label={t('programs.form.seats')}
          name="seats"
          type="number"
          inputMode="numeric"
          min={1}
          value={seats}
          hint={program ? t('programs.form.seatsHint') : undefined}
          error={fieldErrors.seats}
          onChange={(event) => setSeats(event.target.value)}
        />
        <SelectField
          label={t('programs.form.status')}
          name="status"
          value={status}
          options={[
            { value: 'open', label: t('programs.form.open') },
            { value: 'closed', label: t('programs.form.closedOption') },
          ]}
          error={fieldErrors.status}
          onChange={(event) => setStatus(event.target.value === 'closed' ? 'closed' : 'open')}
        />
      </div>
    </FormDialog>
  );
}
