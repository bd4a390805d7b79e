import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { ApiError } from '../../../lib/api-client';
import { useTeam } from '../../../lib/use-team';
import { type PeriodMonths, useTeamDashboard } from '../api';
import { GroupFigures, TEAM_METRICS } from './group-figures';
import { PeriodPicker } from './period-picker';

/**
 * The team's anonymous figures on the team page, for its members: the daily-practice trends of
 * the chosen period (the last 3, 6 or 12 months, picked as on the organization's dashboard),
 * exactly as the organization-wide dashboard decided them. Nothing for anyone outside the team.
 */
export function TeamDashboardSection({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  // Only the team's members ask, so an admin outside the team causes no 403.
  const isMember = useTeam(teamId).data?.myRole != null;
  const [months, setMonths] = useState<PeriodMonths>(12);
  const dashboard = useTeamDashboard(teamId, isMember, months);
  if (!isMember) return null;
  if (dashboard.error instanceof ApiError && [403, 404].includes(dashboard.error.status))
    return null;
  if (dashboard.isError)
    return <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return null;
  const { k, team } = dashboard.data;
  return (
    <Card title={t('statistics.team.title')} description={t('statistics.team.lead', { k })}>
      <div className="mb-4">
        <PeriodPicker months={months} onMonths={setMonths} />
      </div>
      {team.suppressed ? (
        <p className="max-w-prose text-ink-muted">{t('statistics.team.suppressed', { k })}</p>
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-ink-muted">
            {t('statistics.team.contributors', { count: team.contributors ?? 0 })}
          </p>
          <GroupFigures group={team} k={k} metrics={TEAM_METRICS} brief />
        </div>
      )}
    </Card>
  );
}
