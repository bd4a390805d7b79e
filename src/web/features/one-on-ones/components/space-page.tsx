import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/patterns/back-link';
import { NotHere } from '../../../components/patterns/not-here';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSpace } from '../api';
import { otherOf } from './other-of';
import { SpaceView } from './space-view';

/**
 * One 1:1 as one of its two people sees it: the agenda, notes and action items, who can see it,
 * and — for its owner — ending it. Anyone else, and the colleague once it has ended, sees a
 * calm "not here".
 */
export function SpacePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const space = useSpace(id);
  const me = useCurrentUser().data;
  const other = space.data ? otherOf(space.data) : null;
  useDocumentTitle(
    space.data && other
      ? space.data.title || t('oneOnOnes.heading', { name: other.name })
      : t('oneOnOnes.title'),
  );

  if (space.error instanceof ApiError && space.error.status === 404) {
    return (
      <>
        <BackLink to="/one-on-ones">{t('oneOnOnes.back')}</BackLink>
        <NotHere title={t('oneOnOnes.missing')} body={t('oneOnOnes.missingBody')} />
      </>
    );
  }
  if (space.isError) {
    return <LoadError error={space.error} onRetry={() => void space.refetch()} />;
  }
  if (!space.data || !me) return <PageLoading />;
  return <SpaceView space={space.data} myId={me.id} timeZone={me.timeZone} />;
}
