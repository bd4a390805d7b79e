import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { OrgDetail, Team } from '../../../../contracts/orgs';
import { canManageTeam } from '../../../../core/org-policy';
import { MembersList } from '../../../components/patterns/members-list';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useSetTeamMember } from '../api';
import { TEAM_ROLES } from './team-roles';
import { JoinRequests } from './join-requests';
import { AddMember } from './add-member';
import { OpenToJoin } from './open-to-join';
import { RemoveTeamMemberDialog } from './remove-team-member-dialog';
import { JoinTeamButton } from './join-team-button';

/**
 * The team: its members and their roles, and under its name whether I am in it, with "Join team"
 * when it is open to me and "Leave team" when I am in it.
 */
export function TeamView({ team, org }: { team: Team; org: OrgDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const manager = canManageTeam(org.role, team.myRole);
  const setMember = useSetTeamMember(team);
  const [removing, setRemoving] = useState<Team['members'][number] | null>(null);
  const [removeOpen, setRemoveOpen] = useState(false);
  // Leaders first, then members; each group by name as the server sends it.
  const members = [...team.members].sort(
    (a, b) => TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role),
  );
  const myself = team.members.find((member) => member.userId === me?.id) ?? null;

  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">{t('orgs.team.inOrg', { org: org.name })}</p>
        <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">{team.name}</h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-[0.9375rem] text-ink-muted">
            {team.myRole ? t(`orgs.team.yourRole.${team.myRole}`) : t('orgs.team.notInTeam')}
          </p>
          {team.myRole === null && team.openToJoin ? (
            <JoinTeamButton team={team} size="sm" />
          ) : null}
          {myself ? (
            <Button
              size="sm"
              onClick={() => {
                setRemoving(myself);
                setRemoveOpen(true);
              }}
            >
              {t('orgs.team.leave')}
            </Button>
          ) : null}
        </div>
      </header>

      <Card title={t('orgs.team.membersTitle')}>
        <div className="flex flex-col gap-4">
          {setMember.isError ? <FormAlert>{describeError(setMember.error, t)}</FormAlert> : null}
          {members.length === 0 ? (
            <p className="text-[0.9375rem] text-ink-muted">{t('orgs.team.empty')}</p>
          ) : (
            <MembersList
              members={members}
              meId={me?.id}
              canManage={manager}
              roles={TEAM_ROLES}
              pending={setMember.isPending}
              words={{
                role: (role) => t(`orgs.teamRoles.${role}`),
                roleOf: (name) => t('orgs.team.roleOf', { name }),
                remove: t('orgs.team.remove'),
                leave: t('orgs.team.leave'),
              }}
              onRoleChange={(member, role) =>
                setMember.mutate(
                  { userId: member.userId, role },
                  {
                    onSuccess: () =>
                      toast(t(`orgs.team.roleChanged.${role}`, { name: member.name })),
                  },
                )
              }
              onRemove={(member) => {
                setRemoving(member);
                setRemoveOpen(true);
              }}
            />
          )}
          {team.joinRequests.length > 0 ? <JoinRequests team={team} /> : null}
          {manager ? <AddMember team={team} org={org} /> : null}
          <OpenToJoin team={team} />
        </div>
      </Card>

      <RemoveTeamMemberDialog
        team={team}
        member={removing}
        isMe={removing?.userId === me?.id}
        open={removeOpen}
        onOpenChange={setRemoveOpen}
      />
    </>
  );
}
