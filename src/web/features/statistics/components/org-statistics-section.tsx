import { BarChart3 } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { OrgRole } from '../../../../contracts/orgs';
import { canSeeOrgDashboard } from '../../../../core/org-policy';
import { buttonClasses } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { useConsent } from '../api';
import { ConsentChoice } from './consent-choice';

/**
 * The organization page's statistics section: the one-time question for a member not asked yet,
 * the link to "What my organization sees", and for admins and facilitators the dashboard.
 */
export function OrgStatisticsSection({ orgId, role }: { orgId: string; role: OrgRole }) {
  const { t } = useTranslation();
  const consent = useConsent(orgId);
  const data = consent.data;
  return (
    <Card title={t('statistics.section.title')} description={t('statistics.section.lead')}>
      <div className="flex flex-col gap-4">
        {data && !data.asked ? (
          <div className="flex flex-col gap-3 rounded-lg bg-sunken p-4">
            <p className="font-medium text-ink">
              {t('statistics.consent.question', { org: data.orgName })}
            </p>
            <p className="text-sm text-ink-muted">
              {t('statistics.consent.explain', { k: data.k })}
            </p>
            <ConsentChoice consent={data} />
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Link to={`/orgs/${orgId}/statistics`} className={buttonClasses('secondary', 'sm')}>
            {t('statistics.sees.title')}
          </Link>
          {canSeeOrgDashboard(role) ? (
            <Link to={`/orgs/${orgId}/dashboard`} className={buttonClasses('primary', 'sm')}>
              <BarChart3 aria-hidden className="size-4" />
              {t('statistics.dashboard.title')}
            </Link>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
