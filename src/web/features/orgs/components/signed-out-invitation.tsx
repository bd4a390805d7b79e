import { useTranslation } from '../../../lib/use-translation';
import { Link, useLocation } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { buttonClasses } from '../../../components/ui/button';
import { PageLoading } from '../../../components/ui/page-loading';
import { useInvitationPreview } from '../api';
import { Badge } from './invitation-badge';
import { Privacy } from './invitation-privacy';
import { InvitationProblem } from './invitation-problem';
import { unusable } from './invitation-unusable';

/**
 * The invitation as its link's holder sees it signed out: who invited them to which organization
 * and in which role, and sign-in or sign-up, which come back here. If the preview cannot be had
 * for another reason, it still says that someone invited them.
 */
export function SignedOutInvitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const preview = useInvitationPreview(token, true, false);
  const problem = unusable(preview.error);
  if (problem) return <InvitationProblem problem={problem} signedIn={false} />;
  if (preview.isPending) return <PageLoading />;

  const next = encodeURIComponent(location.pathname);
  const invitation = preview.data;
  return (
    <CenteredLayout>
      <div className="flex flex-col items-start gap-4">
        <Badge />
        <h1 className="text-2xl font-semibold tracking-tight break-words text-ink">
          {invitation
            ? t('orgs.invitation.join', { org: invitation.orgName })
            : t('orgs.invitation.heading')}
        </h1>
        <p className="text-[0.9375rem] text-ink">
          {!invitation
            ? t('orgs.invitation.signedOut')
            : invitation.invitedBy
              ? t('orgs.invitation.invitedBy', {
                  name: invitation.invitedBy,
                  org: invitation.orgName,
                })
              : t('orgs.invitation.invitedTo', { org: invitation.orgName })}
        </p>
        {invitation ? (
          <p className="text-[0.9375rem] text-ink">
            {t(`orgs.invitation.as.${invitation.role}`)}{' '}
            <span className="text-ink-muted">{t(`orgs.roleHints.${invitation.role}`)}</span>
          </p>
        ) : null}
        <Privacy />
        {invitation ? (
          <p className="text-[0.9375rem] text-ink-muted">{t('orgs.invitation.signInToAccept')}</p>
        ) : null}
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
