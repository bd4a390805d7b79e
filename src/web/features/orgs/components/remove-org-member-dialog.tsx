import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrgDetail, OrgMember } from '../../../../contracts/orgs';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { useRemoveMember } from '../api';
import { membershipErrorText } from '../org-errors';

/** Asks before removing a member from the organization, or before the viewer leaves it. */
export function RemoveOrgMemberDialog({
  org,
  member,
  isMe,
  open,
  onOpenChange,
}: {
  org: OrgDetail;
  member: OrgMember | null;
  isMe: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useRemoveMember(org.id);
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
          ? t('orgs.members.leaveTitle', { org: org.name })
          : t('orgs.members.removeTitle', { name: member.name })
      }
      description={
        isMe
          ? t('orgs.members.leaveBody')
          : t('orgs.members.removeBody', { name: member.name, org: org.name })
      }
      returnFocus={() => document.getElementById('main')}
      error={remove.error}
      describe={(error) => membershipErrorText(error, t)}
      pending={remove.isPending}
      confirmLabel={isMe ? t('orgs.members.leaveConfirm') : t('orgs.members.removeConfirm')}
      onConfirm={() =>
        remove.mutate(
          { userId: member.userId, self: isMe },
          {
            onSuccess: () => {
              close();
              if (isMe) {
                toast(t('orgs.members.left', { org: org.name }));
                void navigate('/orgs', { replace: true });
              } else {
                toast(t('orgs.members.removed', { name: member.name }));
              }
            },
          },
        )
      }
    />
  );
}
