import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgDetail } from '../../../../contracts/orgs';

/** The link back to the team's organization. */
export function BackLink({ org }: { org: OrgDetail | null }) {
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
