import { useTranslation } from '../../../lib/use-translation';
import { type Note, NoteBody, type OneOnOne } from '../../../../contracts/one-on-ones';
import { EditTextDialog } from '../../../components/patterns/edit-text-dialog';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useUpdateNote } from '../api';
import { NoteField } from './note-field';
import { NOTE_FIELDS } from './note-field-names';

/** Changes a note I wrote. */
export function EditNoteDialog({
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
      fields={NOTE_FIELDS}
      mutation={useUpdateNote()}
      prepare={(validate) =>
        validate(NoteBody, { body }, { body: t('oneOnOnes.notes.required') })
          ? { id: space.id, noteId: note.id, body }
          : null
      }
    >
      {(fieldErrors) => (
        <NoteField value={body} onChange={setBody} error={fieldErrors.body} rows={6} />
      )}
    </EditTextDialog>
  );
}
