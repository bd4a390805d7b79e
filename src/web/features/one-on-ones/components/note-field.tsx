import { useTranslation } from '../../../lib/use-translation';
import { TextareaField } from '../../../components/ui/textarea-field';

/** The field of a note (its Markdown text), named `body` so the form's errors find it. */
export function NoteField({
  value,
  onChange,
  error,
  rows,
}: {
  value: string;
  onChange: (body: string) => void;
  error: string | undefined;
  rows: number;
}) {
  const { t } = useTranslation();
  return (
    <TextareaField
      label={t('oneOnOnes.notes.field')}
      name="body"
      rows={rows}
      prose
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
