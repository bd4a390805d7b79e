import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOpenActionItems, useTodayDate } from '../api';
import { useTeam } from '../../../lib/use-team';
import { CarriedForward } from './carried-forward';
import { TeamBackLink } from '../../../components/patterns/team-back-link';
import { TeamNotFound } from '../../../components/patterns/team-not-found';
import { NewAarForm } from './new-aar-form';

/**
 * `/teams/:teamId/reviews/new`: a new after-action review of the team — what was reviewed and
 * when, the four questions, and the first action items with their owners. The team's open items
 * from earlier reviews are shown first: the new review will carry them until they are done.
 */
export function NewAarPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);
  const open = useOpenActionItems(teamId);
  const today = useTodayDate();
  useDocumentTitle(t('teamLearning.aar.newTitle'));

  const missing = [team.error, open.error].some(
    (error) => error instanceof ApiError && error.status === 404,
  );
  if (missing) {
    return (
      <TeamNotFound
        title={t('teamLearning.aar.notInTeam')}
        body={t('teamLearning.aar.notInTeamBody')}
      />
    );
  }
  const failed = [team, open, today].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!team.data || !open.data || !today.data) return <PageLoading />;

  const members = team.data.members.map((member) => ({ id: member.userId, name: member.name }));
  return (
    <>
      <TeamBackLink teamId={teamId} teamName={team.data.name} />
      <header className="mb-8 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">
          {t('teamLearning.aar.newTitle')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('teamLearning.aar.newLead')}</p>
      </header>
      <div className="flex flex-col gap-8">
        <CarriedForward
          teamId={teamId}
          items={open.data}
          intro={t('teamLearning.carried.introNew')}
        />
        <NewAarForm teamId={teamId} members={members} today={today.data} />
      </div>
    </>
  );
}
