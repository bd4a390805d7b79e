import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { LibraryEntry } from '../../../../contracts/library';
import { CurriculumItemBody, MAX_ITEM_TITLE, MAX_WEEKS } from '../../../../contracts/programs';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddItem } from '../api';
import { ItemFields, type ItemText } from './item-fields';
import { LibraryPicker } from './library-picker';

const FIELDS = ['week', 'kind', 'title', 'body'] as const;

/**
 * Adds a prompt or practice to a week of the curriculum: written here, or picked from the
 * organization's library (its own entries and the built-in ones; the text is copied in and may be
 * changed, and the pick is remembered by id and counted as a choice of the entry).
 */
export function ItemDialog({
  orgId,
  programId,
  weeks,
  open,
  onOpenChange,
}: {
  orgId: string;
  programId: string;
  weeks: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useAddItem(programId);
  const [week, setWeek] = useState('1');
  const [text, setText] = useState<ItemText>({ kind: 'prompt', title: '', body: '' });
  const [picked, setPicked] = useState<string | null>(null);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const pick = (entry: LibraryEntry) => {
    setPicked(entry.id);
    setText({ kind: entry.kind, title: entry.title.slice(0, MAX_ITEM_TITLE), body: entry.body });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const values = {
      week: Number(week),
      kind: text.kind,
      title: text.title.trim(),
      body: text.body.trim(),
      libraryEntryId: picked,
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
      className="sm:max-w-2xl"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('programs.curriculum.add')}
      pending={add.isPending}
    >
      <SelectField
        label={t('programs.curriculum.weekField')}
        name="week"
        value={week}
        options={weekOptions}
        error={fieldErrors.week}
        onChange={(e) => setWeek(e.target.value)}
      />
      <LibraryPicker
        orgId={orgId}
        enabled={open}
        isPicked={(entry) => entry.id === picked}
        onPick={pick}
      />
      <ItemFields
        value={text}
        errors={fieldErrors}
        onChange={(patch) => {
          // Another kind is another item: it no longer comes from the entry picked.
          if (patch.kind !== undefined && patch.kind !== text.kind) setPicked(null);
          setText((current) => ({ ...current, ...patch }));
        }}
      />
    </FormDialog>
  );
}
