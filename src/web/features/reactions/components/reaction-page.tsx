import { useTranslation } from '../../../lib/use-translation';
import { useParams } from 'react-router';
import { ItemPageFrame } from '../../../components/patterns/item-page-frame';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReaction } from '../api';
import { ReactionView } from './reaction-view';

/**
 * One reaction, read as its chain: what set it off, what I felt and how strongly, what I did on
 * reflex, the response I chose, and what came of it. Edit (for instance to add the chosen
 * response later) and delete, after a confirmation.
 */
export function ReactionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const reaction = useReaction(id);
  useDocumentTitle(t('reactions.item.title'));
  return (
    <ItemPageFrame
      back={{ to: '/reactions', label: t('reactions.item.back') }}
      query={reaction}
      missing={{ title: t('reactions.item.missing'), body: t('reactions.item.missingBody') }}
    >
      {(data) => <ReactionView reaction={data} />}
    </ItemPageFrame>
  );
}
