import type { ComponentType } from 'react';
import { LoadError } from '../../../components/ui/load-error';
import { ApiError } from '../../../lib/api-client';
import { useTeam } from '../../../lib/use-team';
import { useTeamVision } from '../api';
import { OutcomesSection } from './outcomes-section';
import { VisionSection } from './vision-section';

/**
 * The team's shared work on its page: the vision, the outcomes with the aspirations members
 * chose to align (only those the viewer may read), and then `Reviews` (the after-action reviews,
 * which the app hands in from their own feature). Team content is for the team's members: for
 * anyone else the vision answers 404 and nothing is shown at all.
 */
export function TeamSections({
  teamId,
  Reviews,
}: {
  teamId: string;
  Reviews?: ComponentType<{ teamId: string }>;
}) {
  // Only the team's members ask for its content, so an admin outside the team causes no 404.
  const team = useTeam(teamId);
  const isMember = team.data?.myRole != null;
  const vision = useTeamVision(teamId, isMember);
  if (!isMember) return null;
  if (vision.error instanceof ApiError && vision.error.status === 404) return null;
  if (vision.isError) {
    return <LoadError error={vision.error} onRetry={() => void vision.refetch()} />;
  }
  if (!vision.data) return null;
  return (
    <>
      <VisionSection vision={vision.data} />
      <OutcomesSection vision={vision.data} />
      {Reviews ? <Reviews teamId={teamId} /> : null}
    </>
  );
}
