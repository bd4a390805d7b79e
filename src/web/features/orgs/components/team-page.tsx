import { ArrowLeft, UserPlus } from 'lucide-react';
import { useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrgDetail, Team, TeamRole } from '../../../../contracts/orgs';
import { canManageTeam } from '../../../../core/org-policy';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOrg, useRemoveTeamMember, useSetTeamMember, useTeam } from '../api';
import { isMissing } from '../org-errors';
import { InlineSelect } from './inline-select';

const TEAM_ROLES: readonly TeamRole[] = ['leader', 'member'];

/** What the team page shows below its members, supplied by the app (team vision, reviews…). */
export type TeamSectionsProps = { teamId: string };

/**
 * One team: its leaders and members; its leaders and the organization's admins add people from
 * the organization, change their roles and remove them; anyone can leave. `TeamSections`, when
 * the app gives it, renders below the members (the team's shared work lives there).
 */
export function TeamPage({ TeamSections }: { TeamSections?: ComponentType<TeamSectionsProps> }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const team = useTeam(id);
  const org = useOrg(team.data?.orgId ?? null);
  useDocumentTitle(team.data?.name ?? t('orgs.title'));

  if (isMissing(team.error)) {
    return (
      <>
        <BackLink org={null} />
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('orgs.team.missing')}
        </h1>
        <p className="text-ink-muted">{t('orgs.team.missingBody')}</p>
      </>
    );
  }
  const failed = [team, org].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!team.data || !org.data) return <PageLoading />;
  return (
    <>
      <BackLink org={org.data} />
      <div className="flex flex-col gap-8">
        <TeamView team={team.data} org={org.data} />
        {TeamSections ? <TeamSections teamId={team.data.id} /> : null}
      </div>
    </>
  );
}

function BackLink({ org }: { org: OrgDetail | null }) {
  const { t } = useTranslation();
  return (
    <Link
      to={org ? `/orgs/${org.id}` : '/orgs'}
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {org ? org.name : t('orgs.back')}
    </Link>
  );
}

function TeamView({ team, org }: { team: Team; org: OrgDetail }) {
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

  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">{t('orgs.team.inOrg', { org: org.name })}</p>
        <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">{team.name}</h1>
        <p className="text-[0.9375rem] text-ink-muted">
          {team.myRole ? t(`orgs.team.yourRole.${team.myRole}`) : t('orgs.team.notInTeam')}
        </p>
      </header>

      <Card title={t('orgs.team.membersTitle')}>
        <div className="flex flex-col gap-4">
          {setMember.isError ? <FormAlert>{describeError(setMember.error, t)}</FormAlert> : null}
          {members.length === 0 ? (
            <p className="text-[0.9375rem] text-ink-muted">{t('orgs.team.empty')}</p>
          ) : (
            <ul className="divide-y divide-line rounded-lg border border-line">
              {members.map((member) => {
                const isMe = member.userId === me?.id;
                return (
                  <li
                    key={member.userId}
                    className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3"
                  >
                    <span className="min-w-0 font-medium break-words text-ink">
                      {member.name}
                      {isMe ? (
                        <span className="font-normal text-ink-muted"> ({t('orgs.you')})</span>
                      ) : null}
                    </span>
                    <div className="flex flex-wrap items-center gap-2">
                      {manager ? (
                        <InlineSelect
                          aria-label={t('orgs.team.roleOf', { name: member.name })}
                          value={member.role}
                          disabled={setMember.isPending}
                          options={TEAM_ROLES.map((role) => ({
                            value: role,
                            label: t(`orgs.teamRoles.${role}`),
                          }))}
                          onChange={(event) => {
                            const role = event.target.value as TeamRole;
                            setMember.mutate(
                              { userId: member.userId, role },
                              {
                                onSuccess: () =>
                                  toast(t(`orgs.team.roleChanged.${role}`, { name: member.name })),
                              },
                            );
                          }}
                        />
                      ) : (
                        <span className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink-muted">
                          {t(`orgs.teamRoles.${member.role}`)}
                        </span>
                      )}
                      {manager || isMe ? (
                        <Button
                          size="sm"
                          variant="danger-quiet"
                          onClick={() => {
                            setRemoving(member);
                            setRemoveOpen(true);
                          }}
                        >
                          {isMe ? t('orgs.team.leave') : t('orgs.team.remove')}
                          {isMe ? null : <span className="sr-only"> {member.name}</span>}
                        </Button>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {manager ? <AddMember team={team} org={org} /> : null}
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

function AddMember({ team, org }: { team: Team; org: OrgDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useSetTeamMember(team);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<TeamRole>('member');
  const [error, setError] = useState<string | null>(null);
  const inTeam = new Set(team.members.map((member) => member.userId));
  const candidates = org.members.filter((member) => !inTeam.has(member.userId));

  if (candidates.length === 0) {
    return (
      <p className="text-[0.9375rem] text-ink-muted">
        {t('orgs.team.everyoneIn', { org: org.name })}
      </p>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const person = candidates.find((member) => member.userId === userId);
    if (!person) {
      setError(t('orgs.team.personRequired'));
      return;
    }
    setError(null);
    add.mutate(
      { userId, role },
      {
        onSuccess: () => {
          setUserId('');
          setRole('member');
          toast(t(`orgs.team.added.${role}`, { name: person.name }));
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-4 rounded-lg border border-line bg-paper p-4"
    >
      <div className="flex flex-col gap-1">
        <h3 className="flex items-center gap-2 font-medium text-ink">
          <UserPlus aria-hidden className="size-4 text-accent" />
          {t('orgs.team.add')}
        </h3>
        <p className="text-sm text-ink-muted">{t('orgs.team.addDescription', { org: org.name })}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <SelectField
          label={t('orgs.team.person')}
          name="userId"
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          options={[
            { value: '', label: t('orgs.team.choosePerson') },
            ...candidates.map((member) => ({ value: member.userId, label: member.name })),
          ]}
          error={error ?? undefined}
        />
        <SelectField
          label={t('orgs.team.role')}
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as TeamRole)}
          options={TEAM_ROLES.map((value) => ({ value, label: t(`orgs.teamRoles.${value}`) }))}
        />
      </div>
      <div>
        <Button type="submit" variant="primary" loading={add.isPending}>
          {t('orgs.team.addSubmit')}
        </Button>
      </div>
    </form>
  );
}

function RemoveTeamMemberDialog({
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
