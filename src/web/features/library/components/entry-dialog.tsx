import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  CreateLibraryEntryBody,
  CreateProposalBody,
  LIBRARY_KINDS,
  UpdateLibraryEntryBody,
  type LibraryEntryDetail,
  type LibraryKind,
} from '../../../../contracts/library';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { MarkdownField } from '../../../components/patterns/markdown-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useCreateEntry, usePropose, useUpdateEntry } from '../api';

/**
 * What the dialog does: add an entry or change one (curators), or propose an addition or an
 * improvement of `entry` (anyone in the organization).
 */
export type EntryDialogMode = 'create' | 'edit' | 'propose';

type Field = 'kind' | 'title' | 'body' | 'theme' | 'schedule' | 'note';
const FIELDS: readonly Field[] = ['kind', 'title', 'body', 'theme', 'schedule', 'note'];

type SuggestedSchedule = NonNullable<LibraryEntryDetail['schedule']>;

/** A suggested schedule as the select's value: '' (none), 'daily' or 'weekly-N'. */
const SCHEDULES = ['', 'daily', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `weekly-${n}`)];
const scheduleValue = (s: SuggestedSchedule | null | undefined) =>
  !s ? '' : s.type === 'daily' ? 'daily' : `weekly-${s.times}`;
const scheduleOf = (value: string): SuggestedSchedule | null =>
  value === ''
    ? null
    : value === 'daily'
      ? { type: 'daily' }
      : { type: 'weekly', times: Number(value.slice(7)) };

/** The one form of the library: a kind (for something new), a title, Markdown text, and a why. */
export function EntryDialog({
  orgId,
  mode,
  entry,
  open,
  onOpenChange,
  onSaved,
}: {
  orgId: string;
  mode: EntryDialogMode;
  /** The entry changed or improved; null to add or propose something new. */
  entry: LibraryEntryDetail | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => ({
    kind: (entry?.kind ?? 'practice') as LibraryKind,
    title: entry?.title ?? '',
    body: entry?.body ?? '',
    theme: entry?.theme ?? '',
    schedule: scheduleValue(entry?.schedule),
    note: '',
  }));
  const create = useCreateEntry(orgId);
  const update = useUpdateEntry(orgId, entry?.id ?? '');
  const propose = usePropose(orgId);
  const isNew = entry === null;
  const words = {
    create: [t('library.form.newTitle'), t('library.form.create'), t('library.form.created')],
    edit: [t('library.form.editTitle'), t('library.form.save'), t('library.form.saved')],
    propose: [
      isNew ? t('library.form.proposeNewTitle') : t('library.form.proposeTitle'),
      t('library.form.send'),
      t('library.form.sent'),
    ],
  }[mode] as [string, string, string];
  const required = { title: t('library.form.titleRequired') };
  const isPractice = draft.kind === 'practice';
  const text = {
    title: draft.title,
    body: draft.body,
    theme: draft.theme.trim() === '' ? null : draft.theme.trim(),
    ...(isPractice ? { schedule: scheduleOf(draft.schedule) } : {}),
  };

  const send = async (variables: { mode: EntryDialogMode }) => {
    if (variables.mode === 'create')
      return (await create.mutateAsync({ kind: draft.kind, ...text })).id;
    if (variables.mode === 'edit') return (await update.mutateAsync(text)).id;
    const proposal = await propose.mutateAsync({
      ...(isNew ? { kind: draft.kind } : { entryId: entry.id }),
      ...text,
      note: draft.note,
    });
    return proposal.id;
  };
  const pending = create.isPending || update.isPending || propose.isPending;
  const mutation = {
    isPending: pending,
    reset: () => {
      create.reset();
      update.reset();
      propose.reset();
    },
    mutate: (
      variables: { mode: EntryDialogMode },
      options: { onSuccess: (id: string) => void; onError: (error: Error) => void },
    ) => {
      send(variables).then(options.onSuccess, options.onError);
    },
  };

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={words[0]}
      description={
        mode === 'edit'
          ? t('library.form.editDescription')
          : mode === 'propose'
            ? t('library.form.proposeDescription')
            : undefined
      }
      className="sm:max-w-2xl"
      submitLabel={words[1]}
      saved={words[2]}
      fields={FIELDS}
      mutation={mutation}
      onSaved={onSaved}
      prepare={(validate) => {
        // The draft's schedule is the select's word; only a practice sends it, as `text` does.
        const values = {
          ...draft,
          schedule: undefined,
          ...text,
          ...(isNew ? {} : { entryId: entry.id }),
        };
        const schema =
          mode === 'create'
            ? CreateLibraryEntryBody
            : mode === 'edit'
              ? UpdateLibraryEntryBody
              : CreateProposalBody;
        if (!validate(schema, values, required)) return null;
        const same =
          entry &&
          entry.title === draft.title &&
          entry.body === draft.body &&
          (entry.theme ?? '') === draft.theme.trim() &&
          scheduleValue(entry.schedule) === draft.schedule;
        if (mode === 'edit' && same) {
          return 'unchanged';
        }
        return { mode };
      }}
    >
      {(errors) => (
        <>
          {isNew ? (
            <SelectField
              label={t('library.form.kind')}
              name="kind"
              value={draft.kind}
              error={errors.kind}
              onChange={(event) =>
                setDraft((d) => ({ ...d, kind: event.target.value as LibraryKind }))
              }
              options={LIBRARY_KINDS.map((kind) => ({
                value: kind,
                label: t(`library.kinds.${kind}`),
              }))}
            />
          ) : null}
          <TextField
            label={
              draft.kind === 'prompt' ? t('library.form.titlePrompt') : t('library.form.title')
            }
            name="title"
            value={draft.title}
            maxLength={300}
            error={errors.title}
            onChange={(event) => {
              const title = event.target.value;
              setDraft((d) => ({ ...d, title }));
            }}
          />
          <MarkdownField
            label={t('library.form.body')}
            name="body"
            value={draft.body}
            onChange={(body) => setDraft((d) => ({ ...d, body }))}
            hint={t('library.form.bodyHint')}
            error={errors.body}
            words={{
              view: t('library.form.view'),
              write: t('library.form.write'),
              preview: t('library.form.preview'),
              nothing: t('library.form.nothing'),
            }}
            previewClassName="min-h-32 bg-paper"
            hintBelow
            rows={8}
          />
          <TextField
            label={t('library.form.theme')}
            hint={t('library.form.themeHint')}
            name="theme"
            value={draft.theme}
            maxLength={40}
            error={errors.theme}
            onChange={(event) => {
              const theme = event.target.value;
              setDraft((d) => ({ ...d, theme }));
            }}
          />
          {isPractice ? (
            <SelectField
              label={t('library.form.schedule')}
              name="schedule"
              value={draft.schedule}
              error={errors.schedule}
              onChange={(event) => {
                const schedule = event.target.value;
                setDraft((d) => ({ ...d, schedule }));
              }}
              options={SCHEDULES.map((value) => ({
                value,
                label:
                  value === ''
                    ? t('library.form.scheduleNone')
                    : value === 'daily'
                      ? t('library.form.scheduleDaily')
                      : t('library.form.scheduleWeekly', { count: Number(value.slice(7)) }),
              }))}
            />
          ) : null}
          {mode === 'propose' ? (
            <TextareaField
              label={t('library.form.note')}
              hint={t('library.form.noteHint')}
              name="note"
              rows={2}
              value={draft.note}
              error={errors.note}
              onChange={(event) => {
                const note = event.target.value;
                setDraft((d) => ({ ...d, note }));
              }}
            />
          ) : null}
        </>
      )}
    </EditTextDialog>
  );
}
