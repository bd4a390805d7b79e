import { PenLine, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Note, OneOnOne } from '../../../../contracts/one-on-ones';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useDeleteNote } from '../api';
import { EditNoteDialog } from './edit-note-dialog';
import { MarkdownText } from './markdown-text';

/** One note, signed and dated; its author may change or delete it. */
export function NoteRow({
  space,
  note,
  timeZone,
}: {
  space: OneOnOne;
  note: Note;
  timeZone: string;
}) {
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
