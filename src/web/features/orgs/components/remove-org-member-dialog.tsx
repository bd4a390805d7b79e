import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import type { OrgDetail, OrgMember } from '../../../../contracts/orgs';
import {
  MembersRemoveDialog,
  type MemberToRemove,
} from '../../../components/patterns/members-remove-dialog';
import { useRemoveMember } from '../api';
import { membershipErrorText } from '../org-errors';

/** Asks before removing a member from the organization, or before the viewer leaves it. */
export function RemoveOrgMemberDialog({
  org,
  ...dialog
}: {
  org: OrgDetail;
} & MemberToRemove<OrgMember>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemoveMember(org.id);
  return (
    <MembersRemoveDialog
      {...dialog}
      leaveWords={{
        title: t('orgs.members.leaveTitle', { org: org.name }),
        description: t('orgs.members.leaveBody'),
        confirm: t('orgs.members.leaveConfirm'),
        done: t('orgs.members.left', { org: org.name }),
      }}
      removeWords={({ name }) => ({
        title: t('orgs.members.removeTitle', { name }),
        description: t('orgs.members.removeBody', { name, org: org.name }),
        confirm: t('orgs.members.removeConfirm'),
        done: t('orgs.members.removed', { name }),
      })}
      action={{
        run: ({ userId }, onSuccess) => remove.mutate({ userId, self: dialog.isMe }, { onSuccess }),
        pending: remove.isPending,
        error: remove.error,
        reset: remove.reset,
      }}
      afterLeaving={() => void navigate('/orgs', { replace: true })}
      describe={(error) => membershipErrorText(error, t)}
    />
  );
}
