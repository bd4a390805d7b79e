import { useTranslation } from '../../../lib/use-translation';
import { NoteBody, type OneOnOne } from '../../../../contracts/one-on-ones';
import { useAddForm } from '../../../components/patterns/use-add-form';
import { Button } from '../../../components/ui/button';
import { useAddNote } from '../api';
import { NoteField } from './note-field';
import { NoteRow } from './note-row';
import { SpaceSection } from './space-section';

/** Notes in Markdown, oldest first, each signed; only its author changes or deletes a note. */
export function NotesSection({ space, timeZone }: { space: OneOnOne; timeZone: string }) {
  const { t } = useTranslation();

  const form = useAddForm({
    empty: { body: '' },
    mutation: useAddNote(),
    prepare: (draft, validate) =>
      validate(NoteBody, draft, { body: t('oneOnOnes.notes.required') })
        ? { id: space.id, ...draft }
        : null,
  });

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
      formRef={form.formRef}
      onSubmit={form.onSubmit}
      general={form.general}
    >
      <NoteField
        value={form.draft.body}
        onChange={(body) => form.setDraft({ body })}
        error={form.fieldErrors.body}
        rows={3}
      />
      <div>
        <Button type="submit" loading={form.pending}>
          {t('oneOnOnes.notes.submit')}
        </Button>
      </div>
    </SpaceSection>
  );
}
