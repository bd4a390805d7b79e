import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/patterns/back-link';
import { NotHere } from '../../../components/patterns/not-here';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgreement } from '../api';
import { AgreementView } from './agreement-view';

/**
 * One delegation agreement as one of its two people sees it: who leads, who can see it, each
 * decision area with its poker round, proposal, transitions and history; add areas; archive.
 * Anyone else (and a wrong link) sees a calm "not here".
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  const me = useCurrentUser().data;
  useDocumentTitle(
    agreement.data
      ? t('delegation.heading', {
          leader: agreement.data.leader.name,
          member: agreement.data.member.name,
        })
      : t('delegation.title'),
  );

  if (agreement.error instanceof ApiError && agreement.error.status === 404) {
    return (
      <>
        <BackLink to="/delegation">{t('delegation.back')}</BackLink>
        <NotHere title={t('delegation.missing')} body={t('delegation.missingBody')} />
      </>
    );
  }
  if (agreement.isError) {
    return <LoadError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  }
  if (!agreement.data || !me) return <PageLoading />;
  return <AgreementView agreement={agreement.data} timeZone={me.timeZone} />;
}
