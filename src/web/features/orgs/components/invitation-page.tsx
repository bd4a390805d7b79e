import { Building2, LinkIcon, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { Button, buttonClasses } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAcceptInvitation, useInvitationPreview } from '../api';

type Unusable = 'invalid' | 'used' | 'expired' | 'otherEmail';

/** Why an invitation link cannot be used, or null when the error says something else. */
function unusable(error: unknown): Unusable | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404) return 'invalid';
  if (error.code === 'invitation_used') return 'used';
  if (error.code === 'invitation_expired') return 'expired';
  if (error.code === 'invitation_email_mismatch') return 'otherEmail';
  return null;
}

/**
 * `/invitations/:token`, the link an admin passed on. Signed out, it says what it is and offers
 * sign-in or sign-up, which come back here; signed in, it names the organization and the role,
 * and accepting lands on the organization's page. Used and expired links say so kindly, and so
 * does a link sent to another email than the signed-in account's (only that account may accept).
 */
export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgs.invitation.title'));
  const { token = '' } = useParams();
  const location = useLocation();
  const me = useCurrentUser();

  if (me.isPending) return <PageLoading />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname);
    return (
      <CenteredLayout>
        <div className="flex flex-col items-start gap-4">
          <Badge />
          <h1 className="text-2xl font-semibold tracking-tight text-ink">
            {t('orgs.invitation.heading')}
          </h1>
          <p className="text-[0.9375rem] text-ink-muted">{t('orgs.invitation.signedOut')}</p>
          <Privacy />
          <div className="flex w-full flex-col gap-2 sm:flex-row">
            <Link to={`/sign-in?next=${next}`} className={buttonClasses('primary')}>
              {t('orgs.invitation.signIn')}
            </Link>
            <Link to={`/sign-up?next=${next}`} className={buttonClasses('secondary')}>
              {t('orgs.invitation.signUp')}
            </Link>
          </div>
        </div>
      </CenteredLayout>
    );
  }
  return <SignedInInvitation token={token} />;
}

function Badge({ broken = false }: { broken?: boolean }) {
  const Icon = broken ? LinkIcon : Building2;
  return (
    <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
      <Icon aria-hidden className="size-5" />
    </span>
  );
}

function Privacy() {
  const { t } = useTranslation();
  return (
    <p className="flex items-start gap-2.5 text-sm text-ink-muted">
      <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
      {t('orgs.invitation.privacy')}
    </p>
  );
}

function SignedInInvitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token, true);
  const accept = useAcceptInvitation();

  const problem =
    unusable(preview.error) ??
    unusable(accept.error) ??
    (preview.data?.forMe === false ? 'otherEmail' : null);
  if (problem) {
    return (
      <CenteredLayout>
        <div className="flex flex-col items-start gap-4">
          <Badge broken />
          <h1 className="text-2xl font-semibold tracking-tight text-ink">
            {t(`orgs.invitation.${problem}Title`)}
          </h1>
          <p className="text-[0.9375rem] text-ink-muted">{t(`orgs.invitation.${problem}Body`)}</p>
          <Link to="/orgs" className={buttonClasses('primary')}>
            {t('orgs.invitation.toOrgs')}
          </Link>
        </div>
      </CenteredLayout>
    );
  }
  if (preview.isError) {
    return (
      <CenteredLayout>
        <h1 className="mb-4 text-2xl font-semibold tracking-tight text-ink">
          {t('orgs.invitation.heading')}
        </h1>
        <LoadError error={preview.error} onRetry={() => void preview.refetch()} />
      </CenteredLayout>
    );
  }
  if (!preview.data) return <PageLoading />;
  const { orgName, role } = preview.data;

  return (
    <CenteredLayout>
      <div className="flex flex-col items-start gap-4">
        <Badge />
        <h1 className="text-2xl font-semibold tracking-tight break-words text-ink">
          {t('orgs.invitation.join', { org: orgName })}
        </h1>
        <p className="text-[0.9375rem] text-ink">
          {t(`orgs.invitation.as.${role}`)}{' '}
          <span className="text-ink-muted">{t(`orgs.roleHints.${role}`)}</span>
        </p>
        <Privacy />
        {accept.isError ? <FormAlert>{describeError(accept.error, t)}</FormAlert> : null}
        <div className="flex w-full flex-col gap-2 sm:flex-row">
          <Button
            variant="primary"
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(token, {
                onSuccess: ({ orgId }) => {
                  toast(t('orgs.invitation.welcome', { org: orgName }));
                  void navigate(`/orgs/${orgId}`, { replace: true });
                },
              })
            }
          >
            {t('orgs.invitation.accept')}
          </Button>
          <Link to="/" className={buttonClasses('ghost')}>
            {t('orgs.invitation.notNow')}
          </Link>
        </div>
      </div>
    </CenteredLayout>
  );
}
