import { Handshake } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { AgreementSummary } from '../../../../contracts/delegation';
import { PairSpaceArchive } from '../../../components/patterns/pair-space-archive';
import { PairSpaceArchivedRow } from '../../../components/patterns/pair-space-archived-row';
import { PairSpaceList } from '../../../components/patterns/pair-space-list';
import { PairSpaceRow } from '../../../components/patterns/pair-space-row';
import { useAgreements } from '../api';
import { NewAgreementDialog } from './new-agreement-dialog';
import { otherOf } from './other-of';

/**
 * My delegation agreements: one row per colleague, with how many areas are agreed and where my
 * card or my confirmation is awaited; archived ones folded away. Starts a new one.
 */
export function DelegationPage() {
  const { t } = useTranslation();
  const path = (agreement: AgreementSummary) => `/delegation/${agreement.id}`;
  const name = (agreement: AgreementSummary) =>
    t('delegation.list.with', { name: otherOf(agreement).name });
  const areas = (agreement: AgreementSummary) =>
    t('delegation.list.areas', { count: agreement.areaCount });

  return (
    <PairSpaceList
      words="delegation"
      icon={Handshake}
      spaces={useAgreements()}
      isArchived={(agreement) => Boolean(agreement.archivedAt)}
      row={(agreement) => (
        <PairSpaceRow
          to={path(agreement)}
          title={name(agreement)}
          org={agreement.org.name}
          facts={[
            agreement.myRole === 'leader'
              ? t('delegation.list.youLead')
              : t('delegation.list.youAreMember', { name: otherOf(agreement).name }),
            areas(agreement),
            t('delegation.list.agreed', { count: agreement.agreedCount }),
          ]}
        >
          {agreement.waitingForMe > 0 ? (
            <span className="rounded-full bg-accent-soft px-2 text-accent-ink">
              {t('delegation.list.waiting', { count: agreement.waitingForMe })}
            </span>
          ) : null}
        </PairSpaceRow>
      )}
      archive={(archived) => (
        <PairSpaceArchive label={t('delegation.list.archived', { count: archived.length })}>
          {archived.map((agreement) => (
            <PairSpaceArchivedRow
              key={agreement.id}
              to={path(agreement)}
              title={name(agreement)}
              detail={`${agreement.org.name} · ${areas(agreement)}`}
            />
          ))}
        </PairSpaceArchive>
      )}
      NewDialog={NewAgreementDialog}
    />
  );
}
