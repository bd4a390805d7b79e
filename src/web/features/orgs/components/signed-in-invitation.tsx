import { useTranslation } from '../../../lib/use-translation';
import { Link, useNavigate } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { Button, buttonClasses } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useAcceptInvitation, useInvitationPreview } from '../api';
import { Badge } from './invitation-badge';
import { Privacy } from './invitation-privacy';
import { InvitationProblem } from './invitation-problem';
import { unusable } from './invitation-unusable';

/** The invitation as the signed-in person sees it: whose, which role, accept; or why it cannot be used. */
export function SignedInInvitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token, true);
  const accept = useAcceptInvitation();

  const problem =
    unusable(preview.error) ??
    unusable(accept.error) ??
    (preview.data?.forMe === false ? 'otherEmail' : null);
  if (problem) return <InvitationProblem problem={problem} signedIn />;
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
  const { orgName, role, invitedBy } = preview.data;

  return (
    <CenteredLayout>
      <div className="flex flex-col items-start gap-4">
        <Badge />
        <h1 className="text-2xl font-semibold tracking-tight break-words text-ink">
          {t('orgs.invitation.join', { org: orgName })}
        </h1>
        {invitedBy ? (
          <p className="text-[0.9375rem] text-ink">
            {t('orgs.invitation.invitedBy', { name: invitedBy, org: orgName })}
          </p>
        ) : null}
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
