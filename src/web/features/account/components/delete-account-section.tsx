import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { DeleteAccountBody } from '../../../../contracts/accounts';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useDeleteAccount } from '../api';
import { PasswordField } from '../../../components/patterns/password-field';

const FIELDS = ['password'] as const;

/** The danger zone: deleting the account and everything in it, confirmed with the password. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useDeleteAccount(() => toast({ title: t('account.delete.done'), tone: 'info' }));
  const {
    formRef,
    fieldErrors,
    general,
    validate,
    showApiError,
    show: showErrors,
  } = useFormErrors(FIELDS);
  const [open, setOpen] = useState(false);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      showErrors({});
      remove.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (remove.isPending) return;
    const values = { password: String(new FormData(event.currentTarget).get('password') ?? '') };
    if (!validate(DeleteAccountBody, values, { password: t('account.delete.passwordRequired') })) {
      return;
    }
    remove.mutate(values, { onError: showApiError });
  };

  return (
    <Card
      tone="danger"
      title={t('account.delete.title')}
      description={t('account.delete.description')}
    >
      <Button variant="danger-quiet" onClick={() => setOpen(true)}>
        {t('account.delete.open')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title={t('account.delete.dialogTitle')}
        description={t('account.delete.dialogDescription')}
      >
        <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
          {general ? <FormAlert>{general}</FormAlert> : null}
          <PasswordField
            label={t('account.delete.password')}
            name="password"
            hint={t('account.delete.passwordHint')}
            error={fieldErrors.password}
          />
          <DialogActions>
            <Button onClick={() => onOpenChange(false)}>{t('account.delete.keep')}</Button>
            <Button type="submit" variant="danger-quiet" loading={remove.isPending}>
              {t('account.delete.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Card>
  );
}
