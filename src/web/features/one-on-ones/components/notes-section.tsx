import { PenLine, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Note, NoteBody, type OneOnOne } from '../../../../contracts/one-on-ones';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAddNote, useDeleteNote, useUpdateNote } from '../api';
import { MarkdownText } from './markdown-text';
import { SpaceSection } from './space-section';

const FIELDS = ['body'] as const;

/** Notes in Markdown, oldest first, each signed; only its author changes or deletes a note. */
export function NotesSection({ space, timeZone }: { space: OneOnOne; timeZone: string }) {
  const { t } = useTranslation();
  const add = useAddNote();
  const [body, setBody] = useState('');
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    if (!validate(NoteBody, { body }, { body: t('oneOnOnes.notes.required') })) return;
    add.mutate(
      { id: space.id, body },
      {
        onSuccess: () => {
          setBody('');
          show({});
        },
        onError: showApiError,
      },
    );
  };

  return (
    <SpaceSection
      title={t('oneOnOnes.notes.title')}
      none={t('oneOnOnes.notes.none')}
      list={
        space.notes.length === 0 ? null : (
          <ul className="flex flex-col divide-y divide-line">
            {space.notes.map((note) => (
              <NoteRow key={note.id} space={space} note={note} timeZone={timeZone} />
            ))}
          </ul>
        )
      }
      canAdd={space.canWrite}
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
    >
      <TextareaField
        label={t('oneOnOnes.notes.field')}
        name="body"
        rows={3}
        prose
        value={body}
        error={fieldErrors.body}
        onChange={(event) => setBody(event.target.value)}
      />
      <div>
        <Button type="submit" loading={add.isPending}>
          {t('oneOnOnes.notes.submit')}
        </Button>
      </div>
    </SpaceSection>
  );
}

function NoteRow({ space, note, timeZone }: { space: OneOnOne; note: Note; timeZone: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useDeleteNote();
  const [editing, setEditing] = useState(false);
  return (
    <li className="flex flex-col gap-2 py-3">
      <MarkdownText source={note.body} className="text-[0.9375rem]" />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm text-ink-muted">
          {t('oneOnOnes.notes.byAt', {
            name: note.author?.name ?? '',
            date: formatDateTime(note.createdAt, navigator.language, timeZone),
          })}
        </span>
        {note.mine && space.canWrite ? (
          <div className="flex gap-1">
            <Button
              size="sm"
              variant="ghost"
              icon={<PenLine aria-hidden className="size-4" />}
              onClick={() => setEditing(true)}
            >
              {t('oneOnOnes.notes.edit')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              loading={remove.isPending}
              icon={<Trash2 aria-hidden className="size-4" />}
              onClick={() =>
                remove.mutate(
                  { id: space.id, noteId: note.id },
                  {
                    onSuccess: () => toast(t('oneOnOnes.notes.removed')),
                    onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
                  },
                )
              }
            >
              {t('oneOnOnes.notes.remove')}
            </Button>
          </div>
        ) : null}
      </div>
      <EditNoteDialog space={space} note={note} open={editing} onOpenChange={setEditing} />
    </li>
  );
}

function EditNoteDialog({
  space,
  note,
  open,
  onOpenChange,
}: {
  space: OneOnOne;
  note: Note;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useDraftOnOpen(open, () => note.body);

  return (
    <EditTextDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('oneOnOnes.notes.editTitle')}
      className="sm:max-w-xl"
      submitLabel={t('oneOnOnes.notes.save')}
      saved={t('oneOnOnes.notes.saved')}
      fields={FIELDS}
      mutation={useUpdateNote()}
      prepare={(validate) =>
        validate(NoteBody, { body }, { body: t('oneOnOnes.notes.required') })
          ? { id: space.id, noteId: note.id, body }
          : null
      }
    >
      {(fieldErrors) => (
        <TextareaField
          label={t('oneOnOnes.notes.field')}
          name="body"
          rows={6}
          prose
          value={body}
          error={fieldErrors.body}
          onChange={(event) => setBody(event.target.value)}
        />
      )}
    </EditTextDialog>
  );
}
