import { ShieldCheck } from 'lucide-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OrgDetail } from '../../../../contracts/orgs';
import { canCreateTeam, canManageOrg } from '../../../../core/org-policy';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOrg } from '../api';
import { isMissing } from '../org-errors';
import { BackLink } from './back-link';
import { InviteSection } from './invite-section';
import { OrgMembersSection } from './org-members-section';
import { SettingsSection } from './settings-section';
import { TeamsSection } from './teams-section';

/** What the organization page shows below its header, supplied by the app (statistics). */
export type OrgSectionsProps = { orgId: string; role: OrgDetail['role'] };

/**
 * One organization: its members with their roles, its teams, and for admins the invitations,
 * role changes, removals and settings. Nothing here opens anyone's personal items. `OrgSections`,
 * when the app gives it, renders below (the anonymous statistics).
 */
export function OrgPage({ OrgSections }: { OrgSections?: ComponentType<OrgSectionsProps> }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const org = useOrg(id);
  useDocumentTitle(org.data?.name ?? t('orgs.title'));

  const back = <BackLink org={null} />;

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
      <OrgView org={org.data} />
      {OrgSections ? <OrgSections orgId={org.data.id} role={org.data.role} /> : null}
    </>
  );
}

function OrgView({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const admin = canManageOrg(org.role);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">{org.name}</h1>
        <p className="text-[0.9375rem] text-ink-muted">{t(`orgs.yourRole.${org.role}`)}</p>
        <p className="flex max-w-prose items-start gap-2.5 text-[0.9375rem] text-ink-muted">
          <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
          {t('orgs.privacy')}
        </p>
      </header>
      <OrgMembersSection org={org} />
      {admin ? <InviteSection orgId={org.id} /> : null}
      <TeamsSection org={org} canCreate={canCreateTeam(org.role)} />
      {admin ? <SettingsSection org={org} /> : null}
    </div>
  );
}
