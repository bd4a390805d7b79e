import type { FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useSearchParams } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { safeNextPath } from '../../../lib/next-path';
import { useSessionEnd } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { schemaOnUse, useSchemaSoon } from '../../../lib/schema-on-use';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSignIn } from '../api';
import { SwitchPrompt } from './switch-prompt';
import { CredentialsEmailField } from '../../../components/patterns/credentials-email-field';
import { PasswordField } from '../../../components/patterns/password-field';

const FIELDS = ['email', 'password'] as const;

/**
 * The sign-in rule (a Zod schema), fetched just after the page is drawn: the first page loads
 * no Zod (docs/decisions/0037-first-page-under-budget.md).
 */
const loginBody = schemaOnUse(() =>
  import('../../../../contracts/accounts').then((m) => m.LoginBody),
);

/** The sign-in page. After signing in, the route guard continues to `?next=` or home. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const sessionEnd = useSessionEnd();
  const signIn = useSignIn();
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  useSchemaSoon(loginBody);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const data = new FormData(event.currentTarget);
    const values = {
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
    const valid = await validate(loginBody, values, {
      email: t('auth.errors.emailRequired'),
      password: t('auth.errors.passwordRequired'),
    });
    if (!valid) return;
    signIn.mutate(values, { onError: showApiError });
  };

  const signUpHref = next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';

  return (
    <CenteredLayout
      intro={t('auth.intro')}
      after={<SwitchPrompt i18nKey="auth.signIn.toSignUp" to={signUpHref} />}
    >
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('auth.signIn.heading')}</h1>
      <p className="mt-1.5 text-[0.9375rem] text-ink-muted">{t('auth.signIn.lead')}</p>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="mt-6 flex flex-col gap-5"
      >
        {sessionEnd === 'expired' && !general ? (
          <FormAlert tone="info">{t('auth.signIn.expired')}</FormAlert>
        ) : null}
        {general ? <FormAlert>{general}</FormAlert> : null}
        <CredentialsEmailField label={t('auth.fields.email')} error={fieldErrors.email} />
        <PasswordField
          label={t('auth.fields.password')}
          name="password"
          error={fieldErrors.password}
        />
        <Link
          to="/forgot-password"
          className="-mt-2 self-start rounded-sm text-sm font-medium text-accent-ink underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
        >
          {t('mail.forgotLink')}
        </Link>
        <Button type="submit" variant="primary" loading={signIn.isPending} className="mt-1 w-full">
          {t('auth.signIn.submit')}
        </Button>
      </form>
    </CenteredLayout>
  );
}
