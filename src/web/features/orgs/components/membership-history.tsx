import type { TFunction } from '../../../lib/words';
import { History } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { MembershipEvent, Team } from '../../../../contracts/orgs';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { formatDateTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useTeamHistory } from '../api';

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
export function MembershipHistory({ team }: { team: Team }) {
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
