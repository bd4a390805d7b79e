import { useRef, type ComponentProps, type ReactNode } from 'react';
import { FormDialog } from '../ui/form-dialog';
import { useToast } from '../ui/toast';
import type { FieldErrors } from '../../lib/form-errors';
import { useSchemaSoon, type SchemaLoader } from '../../lib/schema-on-use';
import { useFormErrors } from '../../lib/use-form-errors';

/** What `EditTextDialog` needs of a React Query mutation (pass the mutation itself). */
export interface SaveMutation<V, D> {
  isPending: boolean;
  reset: () => void;
  mutate: (
    variables: V,
    options: { onSuccess: (data: D) => void; onError: (error: Error) => void },
  ) => void;
}

/** What `prepare` gives: the variables to send, `null` (not valid) or `'unchanged'`. */
type Prepared<V> = V | null | 'unchanged';

/** `useFormErrors`' `validate`: checks values against a contract schema, shows what is wrong. */
export type FormValidate<F extends string> = ReturnType<typeof useFormErrors<F>>['validate'];

/**
 * A form dialog that saves what was written through one mutation: it owns the form's errors,
 * closing it (Cancel, Escape, after saving) forgets them and resets the mutation, and a saved
 * change closes it with a quiet toast. The caller keeps the draft (`useDraftOnOpen` for an edit).
 *
 * @example
 * <EditTextDialog open={editing} onOpenChange={setEditing} title={t('x.editTitle')}
 *   submitLabel={t('x.save')} saved={t('x.saved')} fields={['body']} mutation={useUpdateNote()}
 *   prepare={(validate) => (validate(NoteBody, { body }) ? { id, body } : null)}>
 *   {(errors) => <TextareaField name="body" error={errors.body} … />}
 * </EditTextDialog>
 */
export function EditTextDialog<F extends string, V, D>({
  onOpenChange,
  fields,
  mutation,
  prepare,
  schema,
  saved,
  onSaved,
  recover,
  children,
  ...dialog
}: Pick<
  ComponentProps<typeof FormDialog>,
  'open' | 'onOpenChange' | 'title' | 'description' | 'className' | 'returnFocus' | 'submitLabel'
> & {
  /** The form's field names, as its inputs' `name`s. */
  fields: readonly F[];
  mutation: SaveMutation<V, D>;
  /**
   * Checks the draft with `validate` and gives what to send: `null` when it is not valid (the
   * errors are shown), `'unchanged'` when there is nothing to save (the dialog just closes).
   * It may answer later, e.g. when it checks with a schema loaded on first use.
   */
  prepare: (validate: FormValidate<F>) => Prepared<V> | Promise<Prepared<V>>;
  /** The schema `prepare` checks with, when loaded on first use: loaded as the dialog opens. */
  schema?: SchemaLoader;
  /** The toast once saved. */
  saved?: string;
  /** What else happens once saved, after the dialog has closed (e.g. open what was made). */
  onSaved?: (data: D) => void;
  /**
   * For an error that is no failure (e.g. "it exists already"): what to do instead, once the
   * dialog has closed; `undefined` shows the error as usual.
   */
  recover?: (error: Error) => (() => void) | undefined;
  children: (fieldErrors: FieldErrors<F>) => ReactNode;
}) {
  const toast = useToast();
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(fields);
  useSchemaSoon(schema, dialog.open);
  // A press on Save while `prepare` still waits does not send the draft twice.
  const preparing = useRef(false);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      show({});
      mutation.reset();
    }
  };

  return (
    <FormDialog
      {...dialog}
      onOpenChange={close}
      formRef={formRef}
      onSubmit={async (event) => {
        event.preventDefault();
        if (mutation.isPending || preparing.current) return;
        preparing.current = true;
        let variables: Prepared<V>;
        try {
          variables = await prepare(validate);
        } finally {
          preparing.current = false;
        }
        if (variables === null) return;
        if (variables === 'unchanged') {
          close(false);
          return;
        }
        mutation.mutate(variables, {
          onSuccess: (data) => {
            close(false);
            if (saved) toast(saved);
            onSaved?.(data);
          },
          onError: (error) => {
            const instead = recover?.(error);
            if (!instead) {
              showApiError(error);
              return;
            }
            close(false);
            instead();
          },
        });
      }}
      general={general}
      pending={mutation.isPending}
    >
      {children(fieldErrors)}
    </FormDialog>
  );
}
