import { Plus } from 'lucide-react';
import type { Ref } from 'react';
import type { FieldErrors } from '../../lib/form-errors';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { TextareaField } from '../ui/textarea-field';

/** The draft of `EditTextFields`: a title and a longer text named `B`. */
export type EditTextDraft<B extends string> = { title: string } & Record<B, string>;

/**
 * A short title over a longer text (a decision area and its note, a topic and its notes), as
 * written in an "add" form or changed in an edit dialog. The inputs are named `title` and
 * `bodyName`, so the form's errors find them.
 *
 * @example
 * <EditTextFields labels={{ title: t('x.title'), body: t('x.note') }} bodyName="note"
 *   draft={draft} onChange={setDraft} errors={fieldErrors} rows={3} />
 */
export function EditTextFields<B extends string>({
  labels,
  bodyName,
  draft,
  onChange,
  errors,
  rows,
  titleRef,
  autoComplete,
  add,
}: {
  labels: { title: string; body: string };
  bodyName: B;
  draft: EditTextDraft<B>;
  /** Given how to change the draft, as a state setter is. */
  onChange: (update: (draft: EditTextDraft<B>) => EditTextDraft<B>) => void;
  errors: FieldErrors<'title' | B>;
  rows: number;
  /** The title input, to bring focus back to it after an add. */
  titleRef?: Ref<HTMLInputElement>;
  autoComplete?: 'off';
  /** In an "add" form: its submit button's label and whether the add is under way. */
  add?: { label: string; pending: boolean };
}) {
  const errorOf = (field: 'title' | B) => errors[field];
  return (
    <>
      <TextField
        ref={titleRef}
        label={labels.title}
        name="title"
        value={draft.title}
        maxLength={200}
        autoComplete={autoComplete}
        error={errorOf('title')}
        onChange={(event) => {
          const title = event.target.value;
          onChange((d) => ({ ...d, title }));
        }}
      />
      <TextareaField
        label={labels.body}
        name={bodyName}
        rows={rows}
        value={draft[bodyName]}
        error={errorOf(bodyName)}
        onChange={(event) => {
          const body = event.target.value;
          onChange((d) => ({ ...d, [bodyName]: body }) as EditTextDraft<B>);
        }}
      />
      {add ? (
        <div>
          <Button
            type="submit"
            loading={add.pending}
            icon={<Plus aria-hidden className="size-4" />}
          >
            {add.label}
          </Button>
        </div>
      ) : null}
    </>
  );
}
