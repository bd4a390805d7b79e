import { useTranslation } from '../../../lib/use-translation';
import { Link, Navigate, useParams } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { Button, buttonClasses } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVerifyEmail } from '../api';
import { isLinkGone } from './link-gone';

/**
 * Confirms a new address through the link in its mail. A click confirms (mail scanners that
 * fetch links do not), then the person is signed in and welcomed.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mail.verify.title'));
  const { token = '' } = useParams();
  const verify = useVerifyEmail(token);
  if (verify.isSuccess) return <Navigate to="/welcome" replace />;
  return (
    <CenteredLayout>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{t('mail.verify.heading')}</h1>
      <p className="mt-1.5 text-[0.9375rem] text-ink-muted">{t('mail.verify.lead')}</p>
      <div className="mt-6 flex flex-col gap-5">
        {isLinkGone(verify.error) ? (
          <>
            <FormAlert>{t('mail.verify.gone')}</FormAlert>
            <Link to="/sign-up" className={buttonClasses('secondary')}>
              {t('auth.signUp.submit')}
            </Link>
          </>
        ) : (
          <>
            {verify.error ? <FormAlert>{t('errors.unexpected')}</FormAlert> : null}
            <Button
              variant="primary"
              loading={verify.isPending}
              onClick={() => verify.mutate()}
              className="w-full"
            >
              {t('mail.verify.submit')}
            </Button>
          </>
        )}
      </div>
    </CenteredLayout>
  );
}
