import { useTranslation } from '../../../lib/use-translation';
import type { OrgDetail, Team } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useAskToJoin } from '../api';
import { JoinTeamButton } from './join-team-button';

/** For someone in the organization but not in the team: join it if open, else ask to join. */
export function JoinTeam({ team, org }: { team: Team; org: OrgDetail }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const ask = useAskToJoin(team);
  const error = ask.error;
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
          <JoinTeamButton team={team} />
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
