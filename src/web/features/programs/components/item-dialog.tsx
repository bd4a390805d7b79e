import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CurriculumItemBody, MAX_ITEM_TITLE, MAX_WEEKS } from '../../../../contracts/programs';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddItem, useBuiltInPrompts } from '../api';

const FIELDS = ['week', 'kind', 'title', 'body', 'libraryEntryId'] as const;

/**
 * Adds a prompt or practice to a week of the curriculum: written here, or picked from the
 * built-in prompts (its text is copied in and may be changed; the pick is remembered by id).
 */
export function ItemDialog({
  programId,
  weeks,
  open,
  onOpenChange,
}: {
  programId: string;
  weeks: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useAddItem(programId);
  const prompts = useBuiltInPrompts(open);
  const [week, setWeek] = useState('1');
  const [kind, setKind] = useState<'prompt' | 'practice'>('prompt');
  const [picked, setPicked] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const pick = (id: string) => {
    setPicked(id);
    const prompt = prompts.data?.find((p) => p.id === id);
    if (prompt) {
      setKind('prompt');
      setTitle(prompt.text);
      setBody(prompt.why);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const values = {
      week: Number(week),
      kind,
      title: title.trim(),
      body: body.trim(),
      libraryEntryId: picked ? `builtin:prompt:${picked}` : null,
    };
    if (!validate(CurriculumItemBody, values, { title: t('programs.curriculum.titleRequired') }))
      return;
    add.mutate(values, {
      onSuccess: () => {
        onOpenChange(false);
        toast(t('programs.curriculum.added'));
      },
      onError: showApiError,
    });
  };

  const weekOptions = Array.from({ length: Math.min(MAX_WEEKS, Math.max(weeks, 1)) }, (_, i) => ({
    value: String(i + 1),
    label: t('programs.curriculum.week', { week: i + 1 }),
  }));

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('programs.curriculum.newTitle')}
      description={t('programs.curriculum.newDescription')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('programs.curriculum.add')}
      pending={add.isPending}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('programs.curriculum.weekField')}
          name="week"
          value={week}
          options={weekOptions}
          error={fieldErrors.week}
          onChange={(e) => setWeek(e.target.value)}
        />
        <SelectField
          label={t('programs.curriculum.kind')}
          name="kind"
          value={kind}
          options={[
            { value: 'prompt', label: t('programs.curriculum.prompt') },
            { value: 'practice', label: t('programs.curriculum.practice') },
          ]}
          error={fieldErrors.kind}
          onChange={(e) => {
            setKind(e.target.value === 'practice' ? 'practice' : 'prompt');
            setPicked('');
          }}
        />
      </div>
      {kind === 'prompt' ? (
        <SelectField
          label={t('programs.curriculum.pick')}
          name="libraryEntryId"
          value={picked}
          options={[
            { value: '', label: t('programs.curriculum.writeOwn') },
            ...(prompts.data ?? []).map((p) => ({ value: p.id, label: p.text })),
          ]}
          error={fieldErrors.libraryEntryId}
          onChange={(e) => pick(e.target.value)}
        />
      ) : null}
      <TextField
        label={t('programs.curriculum.titleField')}
        name="title"
        value={title}
        maxLength={MAX_ITEM_TITLE}
        autoComplete="off"
        error={fieldErrors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextareaField
        label={t('programs.curriculum.body')}
        name="body"
        value={body}
        hint={t('programs.form.markdownHint')}
        error={fieldErrors.body}
        onChange={(e) => setBody(e.target.value)}
      />
    </FormDialog>
  );
}
