import { UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { OrgDetail, Team, TeamRole } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { useCurrentUser } from '../../../lib/session';
import { useSetTeamMember } from '../api';
import { TEAM_ROLES } from './team-roles';

/** Adds a member of the organization to the team, with a role. */
export function AddMember({ team, org }: { team: Team; org: OrgDetail }) {
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
