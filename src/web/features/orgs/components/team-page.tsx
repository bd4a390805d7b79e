import type { ComponentType } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOrg, useTeam } from '../api';
import { isMissing } from '../org-errors';
import { OrgBackLink } from './org-back-link';
import { TeamView } from './team-view';
import { JoinTeam } from './join-team';
import { MembershipHistory } from './membership-history';

/** What the team page shows below its members, supplied by the app (team vision, reviews…). */
export type TeamSectionsProps = { teamId: string };

/**
 * One team: its leaders and members; its leaders and the organization's admins add people from
 * the organization, change their roles and remove them; anyone can leave. Someone outside the
 * team joins it when it is open, or asks to join and a leader answers; nobody adds themselves.
 * The team's members see its membership history. `TeamSections`, when the app gives it, renders
 * below the members (the team's shared work lives there).
 */
export function TeamPage({ TeamSections }: { TeamSections?: ComponentType<TeamSectionsProps> }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const team = useTeam(id);
  const org = useOrg(team.data?.orgId ?? null);
  useDocumentTitle(team.data?.name ?? t('orgs.title'));

  if (isMissing(team.error)) {
    return (
      <>
        <OrgBackLink org={null} />
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('orgs.team.missing')}
        </h1>
        <p className="text-ink-muted">{t('orgs.team.missingBody')}</p>
      </>
    );
  }
  const failed = [team, org].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!team.data || !org.data) return <PageLoading />;
  return (
    <>
      <OrgBackLink org={org.data} />
      <div className="flex flex-col gap-8">
        <TeamView team={team.data} org={org.data} />
        {team.data.myRole === null && (!team.data.openToJoin || team.data.myJoinRequestAt) ? (
          <JoinTeam team={team.data} org={org.data} />
        ) : null}
        {TeamSections ? <TeamSections teamId={team.data.id} /> : null}
        {team.data.myRole !== null ? <MembershipHistory team={team.data} /> : null}
      </div>
    </>
  );
}
