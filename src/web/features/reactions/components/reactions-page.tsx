import { Waves } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { ListPage } from '../../../components/patterns/list-page';
import { ShowMore } from '../../../components/patterns/show-more';
import { EmptyState } from '../../../components/ui/empty-state';
import { SupportNotice } from '../../../components/ui/support-notice';
import { useReactions } from '../api';
import { PatternsSection } from './patterns-section';
import { ReactionCard } from './reaction-card';
import { ReactionChain } from './reaction-chain';
import { ReactionDialog } from './reaction-dialog';

/**
 * The reaction log: "respond, not react". The patterns of what keeps setting me off over a
 * chosen period, then every logged reaction, newest first; a dialog logs a new one. The first
 * visit explains the chain from trigger to outcome and offers the first entry.
 */
export function ReactionsPage() {
  const { t } = useTranslation();
  const list = useReactions();
  const headingId = useId();
  // Whether the reaction just logged speaks of wanting to die: help shows at once, above the log.
  const [support, setSupport] = useState(false);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <ListPage
      title={t('reactions.title')}
      lead={t('reactions.lead')}
      newLabel={t('reactions.add')}
      lists={[list]}
      empty={
        items.length === 0
          ? (newButton) => (
              <EmptyState
                icon={Waves}
                title={t('reactions.emptyTitle')}
                body={t('reactions.empty')}
              >
                <ReactionChain />
                {newButton}
              </EmptyState>
            )
          : null
      }
      // Rendered only while open, so that a new reaction starts at the moment it opens.
      dialog={(open, onOpenChange) =>
        open ? (
          <ReactionDialog
            open
            onOpenChange={onOpenChange}
            onSaved={(saved) => setSupport(saved.support)}
          />
        ) : null
      }
    >
      {() => (
        <div className="flex flex-col gap-12">
          <SupportNotice show={support} />
          <PatternsSection />
          <section aria-labelledby={headingId} className="flex flex-col gap-4">
            <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
              {t('reactions.logged')}
            </h2>
            <ul className="flex flex-col gap-3">
              {items.map((reaction) => (
                <li key={reaction.id}>
                  <ReactionCard reaction={reaction} />
                </li>
              ))}
            </ul>
            <ShowMore list={list}>{t('reactions.showMore')}</ShowMore>
          </section>
        </div>
      )}
    </ListPage>
  );
}
