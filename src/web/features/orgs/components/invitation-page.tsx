import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { buttonClasses } from '../../../components/ui/button';
import { PageLoading } from '../../../components/ui/page-loading';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Badge } from './invitation-badge';
import { Privacy } from './invitation-privacy';
import { SignedInInvitation } from './signed-in-invitation';

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
