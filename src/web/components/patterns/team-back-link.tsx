import { useTranslation } from '../../lib/use-translation';
import { BackLink } from './back-link';

/**
 * Back to the team's page, named by the team when it is known.
 *
 * @example <TeamBackLink teamId={aar.teamId} teamName={team.name} />
 */
export function TeamBackLink({ teamId, teamName }: { teamId: string; teamName?: string }) {
  const { t } = useTranslation();
  return (
    <BackLink to={`/teams/${teamId}`}>{teamName ?? t('teamLearning.aar.backToTeam')}</BackLink>
  );
}
