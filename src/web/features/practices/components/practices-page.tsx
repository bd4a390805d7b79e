import { Repeat } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { ListPage } from '../../../components/patterns/list-page';
import { PairSpaceArchive } from '../../../components/patterns/pair-space-archive';
import { EmptyState } from '../../../components/ui/empty-state';
import { usePractices } from '../api';
import { ArchivedPracticeRow } from './archived-practice-row';
import { PracticeDialog } from './practice-dialog';
import { PracticeRow } from './practice-row';

/**
 * The Practices page: one row per practice with its strength, streak and schedule; a dialog to
 * start a new one; archived practices folded away, each restorable.
 */
export function PracticesPage() {
  const { t } = useTranslation();
  const current = usePractices(false);
  const archived = usePractices(true);

  return (
    <ListPage
      title={t('practices.title')}
      lead={t('practices.lead')}
      newLabel={t('practices.new.open')}
      lists={[current, archived]}
      // The archived ones stay in reach with no current practice: no empty page of its own.
      empty={null}
      dialog={(open, onOpenChange) => <PracticeDialog open={open} onOpenChange={onOpenChange} />}
    >
      {(newButton) => (
        <div className="flex flex-col gap-6">
          {current.data?.length === 0 ? (
            <EmptyState icon={Repeat} title={t('practices.emptyTitle')} body={t('practices.empty')}>
              {newButton}
            </EmptyState>
          ) : (
            <div className="flex flex-col gap-2">
              <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
                {current.data?.map((practice) => (
                  <PracticeRow key={practice.id} practice={practice} />
                ))}
              </ul>
              <p className="text-sm text-ink-muted">{t('practiceWeek.hint')}</p>
            </div>
          )}
          {archived.data && archived.data.length > 0 ? (
            <PairSpaceArchive label={t('practices.archived', { count: archived.data.length })}>
              {archived.data.map((practice) => (
                <ArchivedPracticeRow key={practice.id} practice={practice} />
              ))}
            </PairSpaceArchive>
          ) : null}
        </div>
      )}
    </ListPage>
  );
}
