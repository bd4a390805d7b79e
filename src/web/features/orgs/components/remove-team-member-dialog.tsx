import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Team } from '../../../../contracts/orgs';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { useRemoveTeamMember } from '../api';

/** Asks before removing a member from the team. */
export function RemoveTeamMemberDialog({
  team,
  member,
  isMe,
  open,
  onOpenChange,
}: {
  team: Team;
  member: Team['members'][number] | null;
  isMe: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useRemoveTeamMember(team);
  if (!member) return null;
  const close = () => {
    onOpenChange(false);
    remove.reset();
  };
  return (
    <ConfirmDialog
      open={open}
      onClose={close}
      title={
        isMe
          ? t('orgs.team.leaveTitle', { team: team.name })
          : t('orgs.team.removeTitle', { name: member.name, team: team.name })
      }
      description={
        isMe ? t('orgs.team.leaveBody') : t('orgs.team.removeBody', { name: member.name })
      }
      returnFocus={() => document.getElementById('main')}
      error={remove.error}
      pending={remove.isPending}
      confirmLabel={isMe ? t('orgs.team.leaveConfirm') : t('orgs.team.removeConfirm')}
      onConfirm={() =>
        remove.mutate(member.userId, {
          onSuccess: () => {
            close();
            if (isMe) {
              toast(t('orgs.team.left', { team: team.name }));
              void navigate(`/orgs/${team.orgId}`);
            } else {
              toast(t('orgs.team.removed', { name: member.name }));
            }
          },
        })
      }
    />
  );
}
