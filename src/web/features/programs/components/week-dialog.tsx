import { Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  CurriculumWeekBody,
  MAX_ITEM_TITLE,
  MAX_WEEK_ITEMS,
  type Program,
} from '../../../../contracts/programs';
import { Button } from '../../../components/ui/button';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSetWeek } from '../api';
import { ItemFields, type ItemText } from './item-fields';
import { LibraryPicker } from './library-picker';

type Draft = ItemText & { key: string; id?: string; libraryEntryId: string | null };

const PARTS = ['kind', 'title', 'body'] as const;
/** Each item's fields, named `items.<index>.<part>` so an error focuses the field it is about. */
const FIELDS = Array.from({ length: MAX_WEEK_ITEMS }, (_, i) =>
  PARTS.map((part) => `items.${i}.${part}`),
).flat();

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
  const { formRef, fieldErrors, general, show, showApiError } = useFormErrors(FIELDS);

  const change = (key: string, patch: Partial<Draft>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const add = (draft: Omit<Draft, 'key'>) =>
    setItems((list) => [...list, { ...draft, key: draftKey() }]);
  const full = items.length >= MAX_WEEK_ITEMS;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const body = {
      items: items.map(({ id, kind, title, body: text, libraryEntryId }) => ({
        ...(id ? { id } : {}),
        kind,
        title: title.trim(),
        body: text.trim(),
        libraryEntryId,
      })),
    };
    const checked = CurriculumWeekBody.safeParse(body);
    if (!checked.success) {
      const errors: Record<string, string> = {};
      for (const issue of checked.error.issues) errors[issue.path.join('.')] ??= issue.message;
      show(errors, FIELDS.some((f) => errors[f]) ? null : checked.error.issues[0]!.message);
      return;
    }
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
          <li key={item.key} className="rounded-lg border border-line p-4">
            <fieldset className="flex flex-col gap-3">
              <legend className="sr-only">
                {t('programs.curriculum.itemNumber', { number: index + 1 })}
              </legend>
              <ItemFields
                value={item}
                name={`items.${index}.`}
                errors={{
                  kind: fieldErrors[`items.${index}.kind`],
                  title: fieldErrors[`items.${index}.title`],
                  body: fieldErrors[`items.${index}.body`],
                }}
                onChange={(patch) => change(item.key, patch)}
                aside={
                  <Button
                    variant="ghost"
                    size="sm"
                    icon={<Trash2 aria-hidden className="size-4" />}
                    onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
                  >
                    {t('programs.curriculum.removeNumber', { number: index + 1 })}
                  </Button>
                }
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
      <LibraryPicker
        orgId={program.orgId}
        enabled={open}
        full={full}
        isPicked={(entry) => items.some((i) => i.libraryEntryId === entry.id)}
        onPick={(entry) =>
          add({
            kind: entry.kind,
            title: entry.title.slice(0, MAX_ITEM_TITLE),
            body: entry.body,
            libraryEntryId: entry.id,
          })
        }
      />
    </FormDialog>
  );
}
