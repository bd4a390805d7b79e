import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Team } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
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
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) remove.reset();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={
        isMe
          ? t('orgs.team.leaveTitle', { team: team.name })
          : t('orgs.team.removeTitle', { name: member.name, team: team.name })
      }
      description={
        isMe ? t('orgs.team.leaveBody') : t('orgs.team.removeBody', { name: member.name })
      }
      returnFocus={() => document.getElementById('main')}
    >
      {remove.isError ? <FormAlert>{describeError(remove.error, t)}</FormAlert> : null}
      <DialogActions>
        <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
        <Button
          variant="danger-quiet"
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(member.userId, {
              onSuccess: () => {
                close(false);
                if (isMe) {
                  toast(t('orgs.team.left', { team: team.name }));
                  void navigate(`/orgs/${team.orgId}`);
                } else {
                  toast(t('orgs.team.removed', { name: member.name }));
                }
              },
            })
          }
        >
          {isMe ? t('orgs.team.leaveConfirm') : t('orgs.team.removeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
