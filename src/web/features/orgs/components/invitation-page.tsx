import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { PageLoading } from '../../../components/ui/page-loading';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { SignedInInvitation } from './signed-in-invitation';
import { SignedOutInvitation } from './signed-out-invitation';

/**
 * `/invitations/:token`, the link an admin passed on. Signed out, it names who invited to which
 * organization and offers sign-in or sign-up, which come back here; signed in, it names the organization and the role,
 * and accepting lands on the organization's page. Used and expired links say so kindly, and so
 * does a link sent to another email than the signed-in account's (only that account may accept).
 */
export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgs.invitation.title'));
  const { token = '' } = useParams();
  const me = useCurrentUser();

  if (me.isPending) return <PageLoading />;
  if (!me.data) return <SignedOutInvitation token={token} />;
  return <SignedInInvitation token={token} />;
}
