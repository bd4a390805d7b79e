import type { FormEvent } from 'react';
import { useFormErrors } from './use-form-errors';

/** What the dialog needs of each of its writes (a React Query mutation fits). */
interface Write {
  isPending: boolean;
  reset: () => void;
}

/**
 * The working parts of a dialog form that adds an item or, given one, changes it: the form's
 * errors (`useFormErrors`), whether a write is under way, `close`, which every way out calls
 * (it forgets the errors and the writes' state, and calls `onClose` to drop the draft), and
 * `submit`, which wraps the form's save so that a second press while saving does nothing.
 * `formDialog` holds the props a `FormDialog` takes from it.
 *
 * @example
 * const form = useItemDialog({ fields: FIELDS, open, onOpenChange, writes: [create, update],
 *   onClose: () => setDraft(initial()) });
 * <FormDialog {...form.formDialog} onSubmit={form.submit(() => create.mutate(body))} … />
 */
export function useItemDialog<F extends string>({
  fields,
  open,
  onOpenChange,
  writes,
  onClose,
}: {
  fields: readonly F[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  writes: readonly Write[];
  onClose?: () => void;
}) {
  const errors = useFormErrors(fields);
  const pending = writes.some((write) => write.isPending);
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      onClose?.();
      errors.show({});
      writes.forEach((write) => write.reset());
    }
  };
  return {
    ...errors,
    pending,
    close,
    /** The form's submit handler: runs `save` unless a write is already under way. */
    submit: (save: () => void) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (!pending) save();
    },
    formDialog: {
      open,
      onOpenChange: close,
      formRef: errors.formRef,
      general: errors.general,
      pending,
    },
  };
}
