import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import type { Team } from '../../../../contracts/orgs';
import {
  MembersRemoveDialog,
  type MemberToRemove,
} from '../../../components/patterns/members-remove-dialog';
import { useRemoveTeamMember } from '../api';

/** Asks before removing a member from the team, or before the viewer leaves it. */
export function RemoveTeamMemberDialog({
  team,
  ...dialog
}: {
  team: Team;
} & MemberToRemove<Team['members'][number]>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemoveTeamMember(team);
  return (
    <MembersRemoveDialog
      {...dialog}
      leaveWords={{
        title: t('orgs.team.leaveTitle', { team: team.name }),
        description: t('orgs.team.leaveBody'),
        confirm: t('orgs.team.leaveConfirm'),
        done: t('orgs.team.left', { team: team.name }),
      }}
      removeWords={({ name }) => ({
        title: t('orgs.team.removeTitle', { name, team: team.name }),
        description: t('orgs.team.removeBody', { name }),
        confirm: t('orgs.team.removeConfirm'),
        done: t('orgs.team.removed', { name }),
      })}
      action={{
        run: ({ userId }, onSuccess) => remove.mutate({ userId, self: dialog.isMe }, { onSuccess }),
        pending: remove.isPending,
        error: remove.error,
        reset: remove.reset,
      }}
      afterLeaving={() => void navigate(`/orgs/${team.orgId}`)}
    />
  );
}
