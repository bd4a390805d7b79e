import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { ItemPageFrame } from '../../../components/patterns/item-page-frame';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLearningItem } from '../api';
import { ItemView } from './item-view';

/**
 * One learning item: what it is and where it comes from, the aspirations it serves, its
 * insights as sanitized Markdown, and the time given to it, session by session. Edit, mark as
 * done, log time, and delete (after a confirmation) live here too.
 */
export function ItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useLearningItem(id);
  useDocumentTitle(item.data?.title ?? t('learning.title'));
  return (
    <ItemPageFrame
      back={{ to: '/learning', label: t('learning.item.back') }}
      query={item}
      missing={{ title: t('learning.item.missing'), body: t('learning.item.missingBody') }}
    >
      {(data) => <ItemView item={data} />}
    </ItemPageFrame>
  );
}
