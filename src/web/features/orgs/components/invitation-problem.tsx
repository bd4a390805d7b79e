import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { CenteredLayout } from '../../../components/layouts/centered-layout';
import { buttonClasses } from '../../../components/ui/button';
import { Badge } from './invitation-badge';
import type { Unusable } from './invitation-unusable';

/**
 * Why an invitation link cannot be used (not valid, used, expired, for another email), said
 * kindly, with the way on: the organizations page when signed in, the front door when not.
 */
export function InvitationProblem({ problem, signedIn }: { problem: Unusable; signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <CenteredLayout>
      <div className="flex flex-col items-start gap-4">
        <Badge broken />
        <h1 className="text-2xl font-semibold tracking-tight text-ink">
          {t(`orgs.invitation.${problem}Title`)}
        </h1>
        <p className="text-[0.9375rem] text-ink-muted">{t(`orgs.invitation.${problem}Body`)}</p>
        {signedIn ? (
          <Link to="/orgs" className={buttonClasses('primary')}>
            {t('orgs.invitation.toOrgs')}
          </Link>
        ) : (
          <Link to="/" reloadDocument className={buttonClasses('primary')}>
            {t('orgs.invitation.toFrontDoor')}
          </Link>
        )}
      </div>
    </CenteredLayout>
  );
}
