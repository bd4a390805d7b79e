import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { ItemPageFrame } from '../../../components/patterns/item-page-frame';
import type { ShareControl } from '../../../lib/share-control';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePractice } from '../api';
import { PracticeView } from './practice-view';

/**
 * One practice: strength now (explained once), current and best streak, a year of check-ins
 * as a heatmap where any past day can be checked in, skipped or undone, and strength over the
 * year. Edit, archive and delete (after a confirmation) live here too, and, when the app passes
 * it in, "Who can see this" (`ShareControl`).
 */
export function PracticePage({ ShareControl }: { ShareControl?: ShareControl } = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const practice = usePractice(id);
  useDocumentTitle(practice.data?.name ?? t('practices.title'));
  return (
    <ItemPageFrame
      back={{ to: '/practices', label: t('practices.back') }}
      query={practice}
      missing={{ title: t('practices.missing'), body: t('practices.missingBody') }}
    >
      {(data) => <PracticeView practice={data} ShareControl={ShareControl} />}
    </ItemPageFrame>
  );
}
