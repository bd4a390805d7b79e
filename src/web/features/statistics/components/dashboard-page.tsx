import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OrgDashboard } from '../../../../contracts/dashboard';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { SelectField } from '../../../components/ui/select-field';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { weekRange } from '../../../lib/review-words';
import { useOrgDashboard } from '../api';
import { GroupFigures } from './group-figures';
import { OrgLink } from './org-link';

/**
 * The organization's anonymous dashboard for its admins and facilitators: how learning grows, in
 * figures of at least k people who chose to contribute, over the last 12 months — for the whole
 * organization or one team, as one decision made them safe to show together.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dashboard = useOrgDashboard(id);
  useDocumentTitle(t('statistics.dashboard.title'));
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
  return <DashboardView dashboard={dashboard.data} />;
}

function DashboardView({ dashboard }: { dashboard: OrgDashboard }) {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState(dashboard.org.id);
  const { k, org, teams, weeks } = dashboard;
  const group = [org, ...teams].find((g) => g.id === groupId) ?? org;
  const locale = navigator.language;
  const fewer = t('statistics.fewer', { k });
  const period = t('statistics.dashboard.period', {
    from: weekRange(weeks[0] ?? '', locale),
    to: weekRange(weeks.at(-1) ?? '', locale),
  });
  return (
    <>
      <OrgLink orgId={org.id} name={org.name} />
      <PageHeader
        title={t('statistics.dashboard.title')}
        lead={t('statistics.dashboard.lead', { k })}
      />
      <div className="flex flex-col gap-8">
        <Card title={t('statistics.dashboard.groups')} description={period}>
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
                {[org, ...teams].map((g) => (
                  <tr key={g.id} className="border-t border-line text-ink">
                    <th scope="row" className="py-1.5 pr-4 font-normal break-words">
                      {g.id === org.id
                        ? t('statistics.dashboard.wholeOrg', { name: g.name })
                        : g.name}
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
        <section className="flex flex-col gap-6" aria-labelledby="figures-heading">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h2 id="figures-heading" className="text-xl font-semibold text-ink">
              {t('statistics.dashboard.figuresOf', {
                name:
                  group.id === org.id
                    ? t('statistics.dashboard.wholeOrg', { name: org.name })
                    : group.name,
              })}
            </h2>
            <SelectField
              label={t('statistics.dashboard.show')}
              value={group.id}
              onChange={(event) => setGroupId(event.target.value)}
              options={[
                { value: org.id, label: t('statistics.dashboard.wholeOrg', { name: org.name }) },
                ...teams.map((team) => ({ value: team.id, label: team.name })),
              ]}
              className="w-full sm:w-64"
            />
          </div>
          {group.suppressed ? (
            <p className="max-w-prose rounded-lg bg-sunken px-4 py-6 text-ink-muted">
              {t('statistics.dashboard.groupSuppressed', { k })}
            </p>
          ) : (
            <GroupFigures group={group} k={k} />
          )}
        </section>
      </div>
    </>
  );
}
