import type { FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useParams } from 'react-router';
import { PasswordResetBody } from '../../../../contracts/account-mail';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { PasswordField } from '../../../components/patterns/password-field';
import { Button, buttonClasses } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useResetPassword } from '../api';
import { isLinkGone } from './link-gone';

const FIELDS = ['password'] as const;

/** Chooses a new password through the link in a reset mail (once, within the hour). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mail.reset.title'));
  const { token = '' } = useParams();
  const reset = useResetPassword(token);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (!validate(PasswordResetBody, { password }, { password: t('auth.errors.passwordRequired') }))
      return;
    reset.mutate({ password }, { onError: (error) => isLinkGone(error) || showApiError(error) });
  };

  let body;
  if (reset.isSuccess) {
    body = (
      <>
        <FormAlert tone="info">{t('mail.reset.done')}</FormAlert>
        <Link to="/sign-in" className={buttonClasses('primary')}>
          {t('mail.reset.signIn')}
        </Link>
      </>
    );
  } else if (isLinkGone(reset.error)) {
    body = (
      <>
        <FormAlert>{t('mail.reset.gone')}</FormAlert>
        <Link to="/forgot-password" className={buttonClasses('secondary')}>
          {t('mail.reset.askAgain')}
        </Link>
      </>
    );
  } else {
    body = (
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <PasswordField
          fresh
          label={t('mail.reset.field')}
          name="password"
          error={fieldErrors.password}
        />
        <Button type="submit" variant="primary" loading={reset.isPending} className="w-full">
          {t('mail.reset.submit')}
        </Button>
      </form>
    );
  }
  return (
    <CenteredLayout>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('mail.reset.heading')}</h1>
      <p className="mt-1.5 text-[0.9375rem] text-ink-muted">{t('mail.reset.lead')}</p>
      <div className="mt-6 flex flex-col gap-5">{body}</div>
    </CenteredLayout>
  );
}
