import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { TeamBackLink } from '../../../components/patterns/team-back-link';
import { TeamNotFound } from '../../../components/patterns/team-not-found';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useTeam } from '../../../lib/use-team';
import { useAar, useTodayDate } from '../api';
import { AarView } from './aar-view';

/**
 * `/aars/:id`: one after-action review of a team. The team's items still open from earlier
 * reviews come first, tickable from here; then the four answers (edited in place), and the
 * review's own action items with their owners and done boxes. Its writer and the team's leaders
 * may delete it, after a confirmation.
 */
export function AarPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const aar = useAar(id);
  const team = useTeam(aar.data?.teamId ?? null);
  const today = useTodayDate();
  useDocumentTitle(aar.data?.title ?? t('teamLearning.aar.title'));

  if (aar.error instanceof ApiError && aar.error.status === 404) {
    return (
      <TeamNotFound
        title={t('teamLearning.aar.missing')}
        body={t('teamLearning.aar.missingBody')}
      />
    );
  }
  const failed = [aar, team, today].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!aar.data || !team.data || !today.data) return <PageLoading />;
  return (
    <>
      <TeamBackLink teamId={aar.data.teamId} teamName={team.data.name} />
      <AarView aar={aar.data} team={team.data} today={today.data} />
    </>
  );
}
