import { GraduationCap } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { ListPage } from '../../../components/patterns/list-page';
import { NothingFound } from '../../../components/patterns/nothing-found';
import { ShowMore } from '../../../components/patterns/show-more';
import { EmptyState } from '../../../components/ui/empty-state';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { useLearningHours, useLearningItems, type LearningFilters } from '../api';
import { HoursChart } from './hours-chart';
import { ItemDialog } from './item-dialog';
import { ItemRow } from './item-row';
import { LearningFilterBar } from './learning-filter-bar';

const NO_FILTERS: LearningFilters = { status: null, kind: null };

/**
 * The learning log: where learning time went (hours per month by aspiration), then every item,
 * newest first, narrowed by status and kind; a dialog adds one. The first visit explains what
 * the log is for and offers the first entry.
 */
export function LearningPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<LearningFilters>(NO_FILTERS);
  const list = useLearningItems(filters);
  const hours = useLearningHours();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const narrowed = filters.status !== null || filters.kind !== null;
  const ids = useId();
  const firstVisit = list.isSuccess && items.length === 0 && !narrowed;

  return (
    <ListPage
      title={t('learning.title')}
      lead={t('learning.lead')}
      newLabel={t('learning.add')}
      lists={[list]}
      empty={
        firstVisit
          ? (newButton) => (
              <EmptyState
                icon={GraduationCap}
                title={t('learning.emptyTitle')}
                body={t('learning.empty')}
              >
                {newButton}
              </EmptyState>
            )
          : null
      }
      dialog={(open, onOpenChange) => <ItemDialog open={open} onOpenChange={onOpenChange} />}
    >
      {() => (
        <div className="flex flex-col gap-12">
          <section aria-labelledby={`${ids}-hours`} className="flex flex-col gap-4">
            <header className="flex flex-col gap-1">
              <h2 id={`${ids}-hours`} className="text-xl font-semibold tracking-tight text-ink">
                {t('learning.chart.title')}
              </h2>
              <p className="max-w-prose text-[0.9375rem] text-ink-muted">
                {t('learning.chart.lead')}
              </p>
            </header>
            <div className="rounded-xl border border-line bg-surface p-4 sm:p-6">
              {hours.isError ? (
                <FormAlert>{describeError(hours.error, t)}</FormAlert>
              ) : hours.data ? (
                <HoursChart data={hours.data} />
              ) : (
                <div className="h-56" />
              )}
            </div>
          </section>

          <section aria-labelledby={`${ids}-items`} className="flex flex-col gap-4">
            <h2 id={`${ids}-items`} className="text-xl font-semibold tracking-tight text-ink">
              {t('learning.items')}
            </h2>
            <LearningFilterBar filters={filters} onChange={setFilters} />
            <p role="status" className="sr-only">
              {narrowed && list.isSuccess ? t('learning.found', { count: items.length }) : ''}
            </p>
            {items.length === 0 ? (
              <NothingFound>{t('learning.nothingFound')}</NothingFound>
            ) : (
              <>
                <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
                  {items.map((item) => (
                    <ItemRow key={item.id} item={item} />
                  ))}
                </ul>
                <ShowMore list={list}>{t('learning.showMore')}</ShowMore>
              </>
            )}
          </section>
        </div>
      )}
    </ListPage>
  );
}
