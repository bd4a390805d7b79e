import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { ReflectionForm } from '../../../../contracts/reflections';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';

export type LeftHandColumn = Extract<ReflectionForm, { type: 'left_hand_column' }>;
export type Ladder = Extract<ReflectionForm, { type: 'ladder_of_inference' }>;

/** The rungs of the ladder of inference, from the bottom (what was there) to the top. */
export const RUNGS = [
  'data',
  'selected',
  'meanings',
  'assumptions',
  'conclusions',
  'beliefs',
  'actions',
] as const;

/** An empty form of a kind, or null for kinds without one. */
export function emptyForm(kind: string): ReflectionForm | null {
  if (kind === 'left_hand_column')
    return { type: 'left_hand_column', situation: '', rows: [{ said: '', thought: '' }] };
  if (kind === 'ladder_of_inference')
    return {
      type: 'ladder_of_inference',
      data: '',
      selected: '',
      meanings: '',
      assumptions: '',
      conclusions: '',
      beliefs: '',
      actions: '',
    };
  return null;
}

/** Whether anything has been written into a form. */
export function formHasText(form: ReflectionForm | null): boolean {
  if (!form) return false;
  if (form.type === 'left_hand_column')
    return (
      form.situation.trim() !== '' ||
      form.rows.some((row) => row.said.trim() !== '' || row.thought.trim() !== '')
    );
  return RUNGS.some((rung) => form[rung].trim() !== '');
}

/** The left-hand column: the situation, then rows of what was said beside what I thought. */
export function LeftHandColumnFields({
  form,
  onChange,
}: {
  form: LeftHandColumn;
  onChange: (form: LeftHandColumn) => void;
}) {
  const { t } = useTranslation();
  const setRow = (index: number, patch: Partial<LeftHandColumn['rows'][number]>) =>
    onChange({
      ...form,
      rows: form.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    });
  return (
    <div className="flex flex-col gap-5">
      <TextareaField
        label={t('journal.lhc.situation')}
        hint={t('journal.lhc.situationHint')}
        prose
        rows={2}
        maxLength={2000}
        value={form.situation}
        onChange={(event) => onChange({ ...form, situation: event.target.value })}
      />
      <ol className="flex flex-col gap-4">
        {form.rows.map((row, index) => (
          <li
            key={index}
            className="flex flex-col gap-3 rounded-lg border border-line bg-paper p-3 sm:p-4"
          >
            <div className="grid gap-3 sm:grid-cols-2">
              <TextareaField
                label={t('journal.lhc.said', { n: index + 1 })}
                prose
                rows={3}
                maxLength={1000}
                value={row.said}
                onChange={(event) => setRow(index, { said: event.target.value })}
              />
              <TextareaField
                label={t('journal.lhc.thought', { n: index + 1 })}
                prose
                rows={3}
                maxLength={1000}
                value={row.thought}
                onChange={(event) => setRow(index, { thought: event.target.value })}
              />
            </div>
            {form.rows.length > 1 ? (
              <Button
                variant="ghost"
                size="sm"
                className="self-end"
                icon={<Trash2 aria-hidden className="size-4" />}
                onClick={() => onChange({ ...form, rows: form.rows.filter((_, i) => i !== index) })}
              >
                {t('journal.lhc.removeRow', { n: index + 1 })}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {form.rows.length < 30 ? (
        <Button
          size="sm"
          className="self-start"
          icon={<Plus aria-hidden className="size-4" />}
          onClick={() => onChange({ ...form, rows: [...form.rows, { said: '', thought: '' }] })}
        >
          {t('journal.lhc.addRow')}
        </Button>
      ) : null}
    </div>
  );
}

/** The ladder of inference, one box per rung, from the data up to the actions. */
export function LadderFields({
  form,
  onChange,
}: {
  form: Ladder;
  onChange: (form: Ladder) => void;
}) {
  const { t } = useTranslation();
  return (
    <ol className="flex flex-col gap-4">
      {RUNGS.map((rung, index) => (
        <li key={rung} className="border-l-2 border-accent/40 pl-4">
          <TextareaField
            label={`${index + 1}. ${t(`journal.ladder.${rung}`)}`}
            hint={t(`journal.ladder.${rung}Hint`)}
            prose
            rows={2}
            maxLength={2000}
            value={form[rung]}
            onChange={(event) => onChange({ ...form, [rung]: event.target.value })}
          />
        </li>
      ))}
    </ol>
  );
}
