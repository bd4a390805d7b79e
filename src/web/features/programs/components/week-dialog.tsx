import { Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryKind } from '../../../../contracts/library';
import {
  CurriculumWeekBody,
  MAX_ITEM_TITLE,
  MAX_WEEK_ITEMS,
  type Program,
} from '../../../../contracts/programs';
import { ShowMore } from '../../../components/patterns/show-more';
import { Button } from '../../../components/ui/button';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useLibraryPicker, useSetWeek } from '../api';

const FIELDS = ['items'] as const;

type Draft = {
  key: string;
  id?: string;
  kind: LibraryKind;
  title: string;
  body: string;
  libraryEntryId: string | null;
};

let drafts = 0;
const draftKey = () => `draft-${(drafts += 1)}`;

/**
 * One week of a program's curriculum, changed as a whole: each prompt and practice may be
 * rewritten or removed, and new ones written or picked from the organization's library (its own
 * entries and the built-in ones, searched, a page at a time; the text is copied in and the pick
 * remembered by id). Saving sets the week in one request.
 */
export function WeekDialog({
  program,
  week,
  open,
  onOpenChange,
}: {
  program: Program;
  week: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSetWeek(program.id);
  const [items, setItems] = useState<Draft[]>(() =>
    program.curriculum.filter((i) => i.week === week).map((i) => ({ ...i, key: i.id, id: i.id })),
  );
  const [kind, setKind] = useState<LibraryKind>('prompt');
  const [q, setQ] = useState('');
  const library = useLibraryPicker(program.orgId, kind, q, open);
  const { formRef, general, showApiError, validate } = useFormErrors(FIELDS);

  const change = (key: string, patch: Partial<Draft>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const add = (draft: Omit<Draft, 'key'>) =>
    setItems((list) => [...list, { ...draft, key: draftKey() }]);
  const full = items.length >= MAX_WEEK_ITEMS;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const body = {
      items: items.map(({ id, kind: k, title, body: text, libraryEntryId }) => ({
        ...(id ? { id } : {}),
        kind: k,
        title: title.trim(),
        body: text.trim(),
        libraryEntryId,
      })),
    };
    if (!validate(CurriculumWeekBody, body, {})) return;
    save.mutate(
      { week, body },
      {
        onSuccess: () => {
          onOpenChange(false);
          toast(t('programs.curriculum.weekSaved', { week }));
        },
        onError: showApiError,
      },
    );
  };

  const entries = library.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('programs.curriculum.editWeekTitle', { week })}
      description={t('programs.curriculum.editWeekDescription')}
      className="sm:max-w-2xl"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('programs.curriculum.saveWeek')}
      pending={save.isPending}
    >
      {items.length === 0 ? (
        <p className="text-ink-muted">{t('programs.curriculum.weekEmpty')}</p>
      ) : null}
      <ol className="flex flex-col gap-4">
        {items.map((item, index) => (
          <li key={item.key} className="flex flex-col gap-3 rounded-lg border border-line p-4">
            <fieldset className="flex flex-col gap-3">
              <legend className="sr-only">
                {t('programs.curriculum.itemNumber', { number: index + 1 })}
              </legend>
              <div className="flex flex-wrap items-end justify-between gap-3">
                <SelectField
                  label={t('programs.curriculum.kind')}
                  value={item.kind}
                  options={[
                    { value: 'prompt', label: t('programs.curriculum.prompt') },
                    { value: 'practice', label: t('programs.curriculum.practice') },
                  ]}
                  onChange={(e) =>
                    change(item.key, {
                      kind: e.target.value === 'practice' ? 'practice' : 'prompt',
                    })
                  }
                />
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<Trash2 aria-hidden className="size-4" />}
                  onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
                >
                  {t('programs.curriculum.removeNumber', { number: index + 1 })}
                </Button>
              </div>
              <TextField
                label={t('programs.curriculum.titleField')}
                value={item.title}
                maxLength={MAX_ITEM_TITLE}
                autoComplete="off"
                onChange={(e) => change(item.key, { title: e.target.value })}
              />
              <TextareaField
                label={t('programs.curriculum.body')}
                value={item.body}
                hint={t('programs.form.markdownHint')}
                onChange={(e) => change(item.key, { body: e.target.value })}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <Button
          icon={<Plus aria-hidden className="size-4" />}
          disabled={full}
          onClick={() => add({ kind: 'prompt', title: '', body: '', libraryEntryId: null })}
        >
          {t('programs.curriculum.writeOne')}
        </Button>
      </div>
      <section
        aria-label={t('programs.curriculum.fromLibrary')}
        className="flex flex-col gap-3 rounded-lg bg-sunken p-4"
      >
        <h3 className="font-semibold text-ink">{t('programs.curriculum.fromLibrary')}</h3>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label={t('programs.curriculum.search')}
            type="search"
            value={q}
            autoComplete="off"
            onChange={(e) => setQ(e.target.value)}
          />
          <SelectField
            label={t('programs.curriculum.kind')}
            value={kind}
            options={[
              { value: 'prompt', label: t('programs.curriculum.prompt') },
              { value: 'practice', label: t('programs.curriculum.practice') },
            ]}
            onChange={(e) => setKind(e.target.value === 'practice' ? 'practice' : 'prompt')}
          />
        </div>
        {library.isSuccess && entries.length === 0 ? (
          <p className="text-ink-muted">{t('programs.curriculum.noEntries')}</p>
        ) : null}
        <ul className="flex flex-col gap-2">
          {entries.map((entry) => {
            const picked = items.some((i) => i.libraryEntryId === entry.id);
            return (
              <li
                key={entry.id}
                className="flex items-start justify-between gap-3 border-b border-line pb-2"
              >
                <span className="min-w-0 break-words text-ink">{entry.title}</span>
                <Button
                  size="sm"
                  disabled={picked || full}
                  aria-label={t('programs.curriculum.addEntry', { title: entry.title })}
                  onClick={() =>
                    add({
                      kind: entry.kind,
                      title: entry.title.slice(0, MAX_ITEM_TITLE),
                      body: entry.body,
                      libraryEntryId: entry.id,
                    })
                  }
                >
                  {picked ? t('programs.curriculum.picked') : t('programs.curriculum.pickThis')}
                </Button>
              </li>
            );
          })}
        </ul>
        <ShowMore list={library}>{t('programs.curriculum.moreEntries')}</ShowMore>
      </section>
    </FormDialog>
  );
}
