import type { ComponentType } from 'react';
import type { OrgDetail } from '../../../../contracts/orgs';
import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOrg } from '../api';
import { isMissing } from '../org-errors';
import { OrgBackLink } from './org-back-link';
import { OrgView } from './org-view';

/** What the organization page shows right below its header, supplied by the app (statistics). */
export type OrgSectionsProps = { orgId: string; role: OrgDetail['role'] };

/**
 * One organization: its members with their roles, its teams, and for admins the invitations,
 * role changes, removals and settings. Nothing here opens anyone's personal items. `OrgSections`,
 * when the app gives it, comes right after the header (the anonymous statistics), before the
 * members.
 */
export function OrgPage({ OrgSections }: { OrgSections?: ComponentType<OrgSectionsProps> }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const org = useOrg(id);
  useDocumentTitle(org.data?.name ?? t('orgs.title'));

  const back = <OrgBackLink org={null} />;

  if (isMissing(org.error)) {
    return (
      <>
        {back}
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">{t('orgs.missing')}</h1>
        <p className="text-ink-muted">{t('orgs.missingBody')}</p>
      </>
    );
  }
  if (org.isError) return <LoadError error={org.error} onRetry={() => void org.refetch()} />;
  if (!org.data) return <PageLoading />;
  return (
    <>
      {back}
      <OrgView
        org={org.data}
        sections={OrgSections ? <OrgSections orgId={org.data.id} role={org.data.role} /> : null}
      />
    </>
  );
}
