import { Lock } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useSearchParams } from 'react-router';
import { RegisterBody } from '../../../../contracts/accounts';
import { isTimeZone } from '../../../../core/time-zone';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { safeNextPath } from '../../../lib/next-path';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useRegister } from '../api';
import { SwitchPrompt } from './switch-prompt';
import { CredentialsEmailField } from '../../../components/patterns/credentials-email-field';
import { PasswordField } from '../../../components/patterns/password-field';

const FIELDS = ['name', 'email', 'password'] as const;

function browserTimeZone(): string | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(zone) ? zone : undefined;
}

/** The sign-up page: name, email and a passphrase; the browser's time zone comes along. */
export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signUp.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const register = useRegister();
  const [checkMailFor, setCheckMailFor] = useState<string | null>(null);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const data = new FormData(event.currentTarget);
    const values = {
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
      timeZone: browserTimeZone(),
    };
    const valid = validate(RegisterBody, values, {
      name: t('auth.errors.nameRequired'),
      email: t('auth.errors.emailRequired'),
      password: t('auth.errors.passwordRequired'),
    });
    if (!valid) return;
    register.mutate(values, {
      onSuccess: (answer) => {
        if ('status' in answer) setCheckMailFor(values.email);
      },
      onError: showApiError,
    });
  };

  if (checkMailFor) {
    return (
      <CenteredLayout intro={t('auth.intro')}>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">
          {t('mail.checkMail.heading')}
        </h1>
        <p className="mt-3 text-[0.9375rem] [overflow-wrap:anywhere] text-ink-muted" role="status">
          {t('mail.checkMail.body', { email: checkMailFor })}
        </p>
      </CenteredLayout>
    );
  }

  const signInHref = next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';

  return (
    <CenteredLayout
      intro={t('auth.intro')}
      after={<SwitchPrompt i18nKey="auth.signUp.toSignIn" to={signInHref} />}
    >
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('auth.signUp.heading')}</h1>
      <p className="mt-1.5 text-[0.9375rem] text-ink-muted">{t('auth.signUp.lead')}</p>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="mt-6 flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <TextField
          label={t('auth.fields.name')}
          name="name"
          autoComplete="name"
          maxLength={100}
          required
          error={fieldErrors.name}
        />
        <CredentialsEmailField label={t('auth.fields.email')} error={fieldErrors.email} />
        <PasswordField
          fresh
          label={t('auth.fields.password')}
          name="password"
          error={fieldErrors.password}
        />
        <Button
          type="submit"
          variant="primary"
          loading={register.isPending}
          className="mt-1 w-full"
        >
          {t('auth.signUp.submit')}
        </Button>
        <p className="flex items-start gap-2 text-sm text-ink-muted">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-ink" />
          <span>{t('auth.signUp.privacy')}</span>
        </p>
      </form>
    </CenteredLayout>
  );
}
