import type { FormEvent, ReactNode, Ref } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { Button } from './button';
import { Dialog, DialogActions } from './dialog';
import { FormAlert } from './form-alert';

/**
 * A dialog around one form: the form's general error on top, its fields, then Cancel and the
 * submit button. `onOpenChange(false)` is what Cancel, Escape and the close button call, so reset
 * the form's errors and mutation there.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  className,
  returnFocus,
  formRef,
  onSubmit,
  general,
  submitLabel,
  pending,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  className?: string;
  /** Where focus goes afterwards when what opened the dialog is gone. */
  returnFocus?: () => HTMLElement | null | undefined;
  formRef: Ref<HTMLFormElement>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** An error about the form as a whole (field errors sit by their fields). */
  general: ReactNode;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      className={className}
      returnFocus={returnFocus}
    >
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        {children}
        <DialogActions>
          <Button onClick={() => onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={pending}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
