import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { OrgDetail, OrgMember, OrgRole } from '../../../../contracts/orgs';
import { canManageOrg } from '../../../../core/org-policy';
import { MembersList } from '../../../components/patterns/members-list';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { useCurrentUser } from '../../../lib/session';
import { useChangeMemberRole } from '../api';
import { membershipErrorText } from '../org-errors';
import { RemoveOrgMemberDialog } from './remove-org-member-dialog';

const ROLES: readonly OrgRole[] = ['member', 'facilitator', 'admin'];

/** The organization's members with their roles; admins change roles and remove members. */
export function OrgMembersSection({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const changeRole = useChangeMemberRole(org.id);
  const [removing, setRemoving] = useState<OrgMember | null>(null);
  const [removeOpen, setRemoveOpen] = useState(false);

  return (
    <Card title={t('orgs.members.title')} description={t('orgs.members.description')}>
      <div className="flex flex-col gap-4">
        {changeRole.isError ? (
          <FormAlert>{membershipErrorText(changeRole.error, t)}</FormAlert>
        ) : null}
        <MembersList
          members={org.members}
          meId={me?.id}
          canManage={canManageOrg(org.role)}
          roles={ROLES}
          pending={changeRole.isPending}
          words={{
            role: (role) => t(`orgs.roles.${role}`),
            roleOf: (name) => t('orgs.members.roleOf', { name }),
            remove: t('orgs.members.remove'),
            leave: t('orgs.members.leave'),
          }}
          onRoleChange={(member, role) =>
            changeRole.mutate(
              { userId: member.userId, role },
              {
                onSuccess: () =>
                  toast(t(`orgs.members.roleChanged.${role}`, { name: member.name })),
              },
            )
          }
          onRemove={(member) => {
            setRemoving(member);
            setRemoveOpen(true);
          }}
        />
      </div>
      <RemoveOrgMemberDialog
        org={org}
        member={removing}
        isMe={removing?.userId === me?.id}
        open={removeOpen}
        onOpenChange={setRemoveOpen}
      />
    </Card>
  );
}
