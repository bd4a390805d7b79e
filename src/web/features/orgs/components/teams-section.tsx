import { UsersRound } from 'lucide-react';
import type { FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { CreateTeamBody, type OrgDetail } from '../../../../contracts/orgs';
import { LinkList } from '../../../components/patterns/link-list';
import { LinkRow } from '../../../components/patterns/link-row';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateTeam } from '../api';
import { JoinTeamButton } from './join-team-button';

const FIELDS = ['name'] as const;

/**
 * The organization's teams, each opening its page, saying whether I am in it, with "Join" on a
 * team open to anyone here; admins and facilitators create new ones, leading them from the start
 * unless they untick it (the one moment they can place themselves in a team).
 */
export function TeamsSection({ org, canCreate }: { org: OrgDetail; canCreate: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateTeam(org.id);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const form = new FormData(element);
    const values = { name: String(form.get('name') ?? '').trim(), lead: form.get('lead') === 'on' };
    if (!validate(CreateTeamBody, values, { name: t('orgs.teams.nameRequired') })) return;
    create.mutate(values, {
      onSuccess: (team) => {
        element.reset();
        toast(t('orgs.teams.created', { name: team.name }));
      },
      onError: showApiError,
    });
  };

  return (
    <Card title={t('orgs.teams.title')} description={t('orgs.teams.description')}>
      <div className="flex flex-col gap-6">
        {org.teams.length === 0 ? (
          <p className="flex items-start gap-3 text-[0.9375rem] text-ink-muted">
            <UsersRound aria-hidden className="mt-0.5 size-5 shrink-0 text-accent" />
            {canCreate ? t('orgs.teams.emptyCanCreate') : t('orgs.teams.empty')}
          </p>
        ) : (
          <LinkList>
            {org.teams.map((team) => (
              <LinkRow
                key={team.id}
                to={`/teams/${team.id}`}
                meta={[
                  t('orgs.teams.count', { count: team.memberCount }),
                  team.myRole === 'leader'
                    ? t('orgs.teams.youLead')
                    : team.myRole === 'member'
                      ? t('orgs.teams.youAreIn')
                      : team.openToJoin
                        ? t('orgs.teams.openToJoin')
                        : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                action={
                  team.myRole === null && team.openToJoin ? (
                    <JoinTeamButton
                      team={{ id: team.id, orgId: org.id, name: team.name }}
                      size="sm"
                      variant="secondary"
                    />
                  ) : null
                }
              >
                {team.name}
              </LinkRow>
            ))}
          </LinkList>
        )}
        {canCreate ? (
          <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
              <TextField
                label={t('orgs.teams.name')}
                name="name"
                maxLength={120}
                autoComplete="off"
                required
                error={fieldErrors.name}
                className="flex-1"
              />
              <Button type="submit" loading={create.isPending} className="sm:mt-7">
                {t('orgs.teams.create')}
              </Button>
            </div>
            <CheckboxField
              name="lead"
              defaultChecked
              label={t('orgs.teams.lead')}
              hint={t('orgs.teams.leadHint')}
            />
          </form>
        ) : null}
        {general ? <FormAlert>{general}</FormAlert> : null}
      </div>
    </Card>
  );
}
