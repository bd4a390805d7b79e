import type { FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { ChangePasswordBody } from '../../../../contracts/accounts';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useChangePassword } from '../api';
import { PasswordField } from '../../../components/patterns/password-field';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changing the password, which signs out every other session. */
export function PasswordSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const change = useChangePassword();
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const element = event.currentTarget;
    const data = new FormData(element);
    const values = {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
    };
    const valid = validate(ChangePasswordBody, values, {
      currentPassword: t('account.password.currentRequired'),
      newPassword: t('account.password.newRequired'),
    });
    if (!valid) return;
    change.mutate(values, {
      onSuccess: () => {
        element.reset();
        toast({
          title: t('account.password.changed'),
          description: t('account.password.changedDetail'),
        });
      },
      onError: showApiError,
    });
  };

  return (
    <Card title={t('account.password.title')} description={t('account.password.description')}>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <PasswordField
          label={t('account.password.current')}
          name="currentPassword"
          error={fieldErrors.currentPassword}
        />
        <PasswordField
          fresh
          label={t('account.password.new')}
          name="newPassword"
          error={fieldErrors.newPassword}
        />
        <div>
          <Button type="submit" variant="primary" loading={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
