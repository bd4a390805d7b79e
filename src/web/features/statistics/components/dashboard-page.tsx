import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import type { OrgDashboard } from '../../../../contracts/dashboard';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { SelectField } from '../../../components/ui/select-field';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { weekRange } from '../../../lib/review-words';
import { type PeriodMonths, useOrgDashboard } from '../api';
import { GroupFigures } from './group-figures';
import { OrgLink } from './org-link';
import { PeriodPicker } from './period-picker';

/**
 * The organization's anonymous dashboard for its admins and facilitators: how learning grows, in
 * figures of at least k people who chose to contribute, over the last 12 months — for the whole
 * organization or one team, as one decision made them safe to show together.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [months, setMonths] = useState<PeriodMonths>(12);
  // The group whose figures are shown: the organization until one is chosen.
  const [groupId, setGroupId] = useState<string>();
  const dashboard = useOrgDashboard(id, months, groupId);
  useDocumentTitle(t('statistics.dashboard.title'));
  const missingGroup =
    groupId !== undefined && dashboard.error instanceof ApiError && dashboard.error.status === 404;
  // A cohort of one period is no group of another: the organization's figures then (set while
  // rendering, as React adjusts state to what it learns, without an effect).
  if (missingGroup) {
    setGroupId(undefined);
    return <PageLoading />;
  }
  if (dashboard.error instanceof ApiError && [403, 404].includes(dashboard.error.status)) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('statistics.dashboard.notForYou')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('statistics.dashboard.notForYouBody')}</p>
      </>
    );
  }
  if (dashboard.isError)
    return <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <PageLoading />;
  return (
    <DashboardView
      dashboard={dashboard.data}
      loading={dashboard.isPlaceholderData}
      groupId={groupId ?? dashboard.data.org.id}
      onGroup={setGroupId}
      months={months}
      onMonths={setMonths}
    />
  );
}

function DashboardView({
  dashboard,
  loading,
  groupId,
  onGroup,
  months,
  onMonths,
}: {
  dashboard: OrgDashboard;
  /** The figures shown are the previous answer's while the chosen ones load. */
  loading: boolean;
  groupId: string;
  onGroup: (groupId: string) => void;
  months: PeriodMonths;
  onMonths: (months: PeriodMonths) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser().data;
  const { k, org, teams, cohorts, weeks, group } = dashboard;
  const groups = [org, ...teams, ...cohorts];
  const cohortIds = new Set(cohorts.map((c) => c.id));
  const nameOf = (g: { id: string; name: string }) => {
    if (g.id === org.id) return t('statistics.dashboard.wholeOrg', { name: g.name });
    return cohortIds.has(g.id) ? t('statistics.dashboard.cohort', { name: g.name }) : g.name;
  };
  const locale = navigator.language;
  const fewer = t('statistics.fewer', { k });
  const period = t('statistics.dashboard.period', {
    count: weeks.length,
    range: weekRange(weeks[0] ?? '', locale, weeks.at(-1)),
  });
  const asOf = t('statistics.dashboard.asOf', {
    time: formatDateTime(dashboard.computedAt, locale, me?.timeZone ?? 'UTC'),
  });
  return (
    <>
      <OrgLink orgId={org.id} name={org.name} />
      <PageHeader
        title={t('statistics.dashboard.title')}
        lead={t('statistics.dashboard.lead', { k })}
      />
      <div className="flex flex-col gap-8">
        <PeriodPicker months={months} onMonths={onMonths} />
        <Card title={t('statistics.dashboard.groups')} description={`${period} · ${asOf}`}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('statistics.dashboard.groups')}</caption>
              <thead>
                <tr className="text-ink-muted">
                  <th scope="col" className="py-1.5 pr-4 font-medium">
                    {t('statistics.dashboard.group')}
                  </th>
                  <th scope="col" className="py-1.5 font-medium">
                    {t('statistics.dashboard.contributors')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.id} className="border-t border-line text-ink">
                    <th scope="row" className="py-1.5 pr-4 font-normal break-words">
                      {nameOf(g)}
                    </th>
                    <td className="py-1.5 tabular-nums">
                      {g.suppressed ? (
                        <span className="text-ink-muted">{fewer}</span>
                      ) : (
                        g.contributors
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <section
          className={`flex flex-col gap-6 transition-opacity ${loading ? 'opacity-60' : ''}`}
          aria-labelledby="figures-heading"
          aria-busy={loading}
        >
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h2 id="figures-heading" className="text-xl font-semibold text-ink">
              {t('statistics.dashboard.figuresOf', { name: nameOf(group) })}
            </h2>
            <SelectField
              label={t('statistics.dashboard.show')}
              value={groupId}
              onChange={(event) => onGroup(event.target.value)}
              options={groups.map((g) => ({ value: g.id, label: nameOf(g) }))}
              className="w-full sm:w-auto sm:max-w-md sm:min-w-64"
            />
          </div>
          {group.suppressed ? (
            <p className="max-w-prose rounded-lg bg-sunken px-4 py-6 text-ink-muted">
              {t('statistics.dashboard.groupSuppressed', { k })}
            </p>
          ) : (
            <GroupFigures group={group} k={k} programCount={dashboard.programs.length} />
          )}
        </section>
      </div>
    </>
  );
}
