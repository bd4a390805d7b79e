import type { TFunction } from 'i18next';
import { ArrowLeft, History, UserPlus } from 'lucide-react';
import { useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { MembershipEvent, OrgDetail, Team, TeamRole } from '../../../../contracts/orgs';
import { canManageTeam } from '../../../../core/org-policy';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { ItemRow, ItemRows } from '../../../components/ui/item-rows';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useAnswerJoinRequest,
  useAskToJoin,
  useJoinTeam,
  useOrg,
  useRemoveTeamMember,
  useSetOpenToJoin,
  useSetTeamMember,
  useTeam,
  useTeamHistory,
} from '../api';
import { isMissing } from '../org-errors';
import { InlineSelect } from './inline-select';

const TEAM_ROLES: readonly TeamRole[] = ['leader', 'member'];

/** What the team page shows below its members, supplied by the app (team vision, reviews…). */
export type TeamSectionsProps = { teamId: string };

/**
 * One team: its leaders and members; its leaders and the organization's admins add people from
 * the organization, change their roles and remove them; anyone can leave. Someone outside the
 * team joins it when it is open, or asks to join and a leader answers; nobody adds themselves.
 * The team's members see its membership history. `TeamSections`, when the app gives it, renders
 * below the members (the team's shared work lives there).
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
        {team.data.myRole === null ? <JoinTeam team={team.data} org={org.data} /> : null}
        {TeamSections ? <TeamSections teamId={team.data.id} /> : null}
        {team.data.myRole !== null ? <MembershipHistory team={team.data} /> : null}
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

function AddMember({ team, org }: { team: Team; org: OrgDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useSetTeamMember(team);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<TeamRole>('member');
  const [error, setError] = useState<string | null>(null);
  const { data: me } = useCurrentUser();
  const inTeam = new Set(team.members.map((member) => member.userId));
  // Not me: placing oneself in a team takes the team's consent (join or ask instead).
  const candidates = org.members.filter(
    (member) => !inTeam.has(member.userId) && member.userId !== me?.id,
  );

  if (candidates.length === 0) {
    // An admin outside the team is not among those who can be added: say nothing rather than
    // claim that everyone is in.
    if (team.myRole === null) return null;
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

/** The team's open setting: its leaders change it; everyone else reads it. */
function OpenToJoin({ team }: { team: Team }) {
  const { t } = useTranslation();
  const toast = useToast();
  const set = useSetOpenToJoin(team);
  // The box follows a press at once; the team follows when the server has saved it.
  const [wanted, setWanted] = useState<boolean | null>(null);
  if (team.myRole !== 'leader') {
    return (
      <p className="text-sm text-ink-muted">
        {team.openToJoin ? t('orgs.team.open.stateOpen') : t('orgs.team.open.stateClosed')}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2 border-t border-line pt-4">
      {set.isError ? <FormAlert>{describeError(set.error, t)}</FormAlert> : null}
      <CheckboxField
        label={t('orgs.team.open.label')}
        hint={t('orgs.team.open.hint')}
        checked={wanted ?? team.openToJoin}
        onChange={(event) => {
          if (set.isPending) return;
          const open = event.target.checked;
          setWanted(open);
          set.mutate(open, {
            onSettled: () => setWanted(null),
            onSuccess: () => toast(open ? t('orgs.team.open.on') : t('orgs.team.open.off')),
          });
        }}
      />
    </div>
  );
}

/** For someone in the organization but not in the team: join it if open, else ask to join. */
function JoinTeam({ team, org }: { team: Team; org: OrgDetail }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const join = useJoinTeam(team);
  const ask = useAskToJoin(team);
  const error = join.error ?? ask.error;
  return (
    <Card title={t('orgs.team.join.title')}>
      <div className="flex flex-col items-start gap-3">
        {error ? <FormAlert>{describeError(error, t)}</FormAlert> : null}
        <p className="text-[0.9375rem] text-ink-muted">
          {team.openToJoin
            ? t('orgs.team.join.open', { org: org.name })
            : t('orgs.team.join.closed')}
        </p>
        {team.myJoinRequestAt ? (
          <p className="text-[0.9375rem] text-ink">
            {t('orgs.team.join.waiting', {
              date: formatDate(team.myJoinRequestAt, i18n.language, me?.timeZone),
            })}
          </p>
        ) : team.openToJoin ? (
          <Button
            variant="primary"
            loading={join.isPending}
            onClick={() =>
              me &&
              join.mutate(me.id, {
                onSuccess: () => toast(t('orgs.team.join.joined', { team: team.name })),
              })
            }
          >
            {t('orgs.team.join.joinButton')}
          </Button>
        ) : (
          <Button
            variant="primary"
            loading={ask.isPending}
            onClick={() =>
              ask.mutate(undefined, {
                onSuccess: () => toast(t('orgs.team.join.asked', { team: team.name })),
              })
            }
          >
            {t('orgs.team.join.ask')}
          </Button>
        )}
      </div>
    </Card>
  );
}

/** Requests to join waiting for an answer, shown to the team's leaders, who approve or decline. */
function JoinRequests({ team }: { team: Team }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const answer = useAnswerJoinRequest(team);
  return (
    <section aria-labelledby="join-requests" className="flex flex-col gap-2">
      <h3 id="join-requests" className="font-medium text-ink">
        {t('orgs.team.requests.title')}
      </h3>
      {answer.isError ? <FormAlert>{describeError(answer.error, t)}</FormAlert> : null}
      <ItemRows>
        {team.joinRequests.map((request) => (
          <ItemRow
            key={request.id}
            title={<span className="font-medium break-words text-ink">{request.name}</span>}
            detail={t('orgs.team.requests.line', {
              date: formatDate(request.createdAt, i18n.language, me?.timeZone),
            })}
            actions={
              <span className="flex gap-2">
                {(['approve', 'decline'] as const).map((choice) => (
                  <Button
                    key={choice}
                    size="sm"
                    variant={choice === 'approve' ? 'primary' : 'danger-quiet'}
                    disabled={answer.isPending}
                    onClick={() =>
                      answer.mutate(
                        { requestId: request.id, answer: choice },
                        {
                          onSuccess: () =>
                            toast(t(`orgs.team.requests.${choice}d`, { name: request.name })),
                        },
                      )
                    }
                  >
                    {t(`orgs.team.requests.${choice}`)}
                    <span className="sr-only"> {request.name}</span>
                  </Button>
                ))}
              </span>
            }
          />
        ))}
      </ItemRows>
    </section>
  );
}

/** One line of the history in words: "Admin added Ana as a leader". */
function describeChange(event: MembershipEvent, t: TFunction): string {
  const person = event.person.name;
  const by = event.by?.name ?? t('orgs.team.history.someone');
  const key =
    (event.change === 'joined' || event.change === 'added') && event.role === 'leader'
      ? (`${event.change}AsLeader` as const)
      : event.change;
  const role = event.role ? t(`orgs.team.history.roles.${event.role}`) : '';
  return t(`orgs.team.history.change.${key}`, { person, by, role });
}

/** Who joined, left, was added or removed, by whom and when: for the team's members. */
function MembershipHistory({ team }: { team: Team }) {
  const { t, i18n } = useTranslation();
  const { data: me } = useCurrentUser();
  const history = useTeamHistory(team.id, true);
  return (
    <Card title={t('orgs.team.history.title')} description={t('orgs.team.history.description')}>
      {history.isError ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : !history.data ? null : history.data.length === 0 ? (
        <p className="text-[0.9375rem] text-ink-muted">{t('orgs.team.history.empty')}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {history.data.map((event) => (
            <li key={event.id} className="flex flex-wrap items-baseline gap-x-3 text-[0.9375rem]">
              <History aria-hidden className="size-4 shrink-0 self-center text-ink-muted" />
              <span className="text-ink">{describeChange(event, t)}</span>
              <time dateTime={event.at} className="text-sm text-ink-muted">
                {formatDateTime(event.at, i18n.language, me?.timeZone ?? 'UTC')}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
