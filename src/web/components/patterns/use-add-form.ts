import { useState, type FormEvent } from 'react';
import { useFormErrors } from '../../lib/use-form-errors';
import type { FormValidate, SaveMutation } from './edit-text-dialog';

/**
 * The form under a list that adds one item through one mutation: it keeps the draft and the
 * form's errors, checks the draft on submit (`prepare` gives what to send, or `null` when
 * `validate` found it wrong), sends it once at a time, and after an add empties the draft
 * (`reset`, by default back to `empty`), clears the errors, brings focus back to the first field
 * (`refocus`) and calls `onAdded` (a toast). Give the form `ref={formRef}`, `onSubmit` and
 * `noValidate`.
 *
 * @example
 * const form = useAddForm({ empty: { body: '' }, mutation: useAddNote(),
 *   prepare: (draft, validate) => (validate(NoteBody, draft) ? { id, ...draft } : null) });
 * <form ref={form.formRef} noValidate onSubmit={form.onSubmit}>…{form.draft.body}…</form>
 */
export function useAddForm<D extends Record<string, unknown>, V>({
  empty,
  mutation,
  prepare,
  reset = () => empty,
  onAdded,
  refocus = false,
}: {
  /** The draft at first; its keys are the form's field names, as its inputs' `name`s. */
  empty: D;
  mutation: Pick<SaveMutation<V, unknown>, 'isPending' | 'mutate'>;
  prepare: (draft: D, validate: FormValidate<Extract<keyof D, string>>) => V | null;
  /** The draft after an add, given the current one (to keep a choice such as an owner). */
  reset?: (added: D) => D;
  onAdded?: () => void;
  /** Whether focus goes back to the first field after an add, to write the next one. */
  refocus?: boolean;
}) {
  const [draft, setDraft] = useState<D>(empty);
  const fields = Object.keys(empty) as Extract<keyof D, string>[];
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(fields);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const variables = prepare(draft, validate);
    if (variables === null) return;
    mutation.mutate(variables, {
      onSuccess: () => {
        setDraft((current) => reset(current));
        show({});
        const first = refocus ? formRef.current?.elements.namedItem(fields[0] ?? '') : null;
        if (first instanceof HTMLElement) first.focus();
        onAdded?.();
      },
      onError: showApiError,
    });
  };

  return {
    draft,
    setDraft,
    formRef,
    fieldErrors,
    general,
    onSubmit,
    pending: mutation.isPending,
    /** The draft, its setter and its errors, as `EditTextFields` (and `textFieldsOf`) take them. */
    fieldProps: { draft, onChange: setDraft, errors: fieldErrors },
  };
}
