import { ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { OrgDetail } from '../../../../contracts/orgs';
import { canCreateTeam, canManageOrg } from '../../../../core/org-policy';
import { CrisisResourcesSection } from './crisis-resources-section';
import { InviteSection } from './invite-section';
import { OrgMembersSection } from './org-members-section';
import { SettingsSection } from './settings-section';
import { TeamsSection } from './teams-section';

/**
 * An organization as its members see it: its teams, its members, and what its admins manage.
 * `sections` (the anonymous statistics' question and links) come right after the header, before
 * a long list of members.
 */
export function OrgView({ org, sections }: { org: OrgDetail; sections?: ReactNode }) {
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
        <Link
          to={`/orgs/${org.id}/programs`}
          className="w-fit font-medium text-accent underline underline-offset-4"
        >
          {t('programs.title')}
        </Link>
        <Link
          to={`/orgs/${org.id}/library`}
          className="w-fit font-medium text-accent underline underline-offset-4"
        >
          {t('library.link')}
        </Link>
      </header>
      {sections}
      <OrgMembersSection org={org} />
      {admin ? <InviteSection orgId={org.id} /> : null}
      <TeamsSection org={org} canCreate={canCreateTeam(org.role)} />
      {admin ? <SettingsSection org={org} /> : null}
      {admin ? <CrisisResourcesSection orgId={org.id} /> : null}
    </div>
  );
}
