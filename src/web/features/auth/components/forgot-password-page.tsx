import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { CredentialsEmailField } from '../../../components/patterns/credentials-email-field';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { PasswordResetRequestBody } from '../../../../contracts/account-mail';
import { useAuthConfig, useRequestPasswordReset } from '../api';
import { MailOffNotice } from './mail-off-notice';
import { SwitchPrompt } from './switch-prompt';

const FIELDS = ['email'] as const;

/** Asks for a password reset link; the answer is the same whether or not the address has one. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mail.forgot.title'));
  const config = useAuthConfig();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    if (!validate(PasswordResetRequestBody, { email }, { email: t('auth.errors.emailRequired') }))
      return;
    request.mutate({ email }, { onSuccess: () => setSentTo(email), onError: showApiError });
  };

  return (
    <CenteredLayout after={<SwitchPrompt i18nKey="mail.forgot.back" to="/sign-in" />}>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('mail.forgot.heading')}</h1>
      <p className="mt-1.5 text-[0.9375rem] text-ink-muted">{t('mail.forgot.lead')}</p>
      <div className="mt-6 flex flex-col gap-5">
        <MailOffNotice />
        {sentTo ? (
          <FormAlert tone="info" className="[overflow-wrap:anywhere]">
            {t('mail.forgot.sent', { email: sentTo })}
          </FormAlert>
        ) : (
          <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-5">
            {general ? <FormAlert>{general}</FormAlert> : null}
            <CredentialsEmailField label={t('auth.fields.email')} error={fieldErrors.email} />
            <Button
              type="submit"
              variant="primary"
              loading={request.isPending}
              disabled={config.data?.mail === false}
              className="w-full"
            >
              {t('mail.forgot.submit')}
            </Button>
          </form>
        )}
      </div>
    </CenteredLayout>
  );
}
