import type { TFunction } from '../../lib/words';
import { useTranslation } from '../../lib/use-translation';
import type { FieldErrors } from '../../lib/form-errors';
import { EditTextFields, type EditTextDraft } from './edit-text-fields';

/**
 * The `EditTextFields` of one kind of item (a decision area, a topic), with its words, for both
 * its "add" form (`adding` given: the submit button, no autocomplete) and its edit dialog.
 *
 * @example
 * export const AreaFields = textFieldsOf('note', (t) => ({ title: t('x.title'), body: t('x.note'),
 *   submit: t('x.add') }));
 * <AreaFields {...form.fieldProps} rows={2} adding={form.pending} />
 */
export function textFieldsOf<B extends string>(
  bodyName: B,
  words: (t: TFunction) => { title: string; body: string; submit: string },
) {
  return function TextFields({
    draft,
    onChange,
    errors,
    rows,
    adding,
  }: {
    draft: EditTextDraft<B>;
    onChange: (update: (draft: EditTextDraft<B>) => EditTextDraft<B>) => void;
    errors: FieldErrors<'title' | B>;
    rows: number;
    /** In the "add" form: whether the add is under way. */
    adding?: boolean;
  }) {
    const { t } = useTranslation();
    const { submit, ...labels } = words(t);
    return (
      <EditTextFields
        labels={labels}
        bodyName={bodyName}
        draft={draft}
        onChange={onChange}
        errors={errors}
        rows={rows}
        autoComplete={adding === undefined ? undefined : 'off'}
        add={adding === undefined ? undefined : { label: submit, pending: adding }}
      />
    );
  };
}
