import { useTranslation } from '../../../lib/use-translation';
import type { OrgDetail } from '../../../../contracts/orgs';
import { BackLink } from '../../../components/patterns/back-link';

/** The link back to the team's organization. */
export function OrgBackLink({ org }: { org: OrgDetail | null }) {
  const { t } = useTranslation();
  return (
    <BackLink to={org ? `/orgs/${org.id}` : '/orgs'}>{org ? org.name : t('orgs.back')}</BackLink>
  );
}
