import { clsx } from 'clsx';
import { GraduationCap, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  LEARNING_KINDS,
  LEARNING_STATUSES,
  type LearningItem,
  type LearningKind,
} from '../../../../contracts/learning';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { SelectField } from '../../../components/ui/select-field';
import { describeError } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLearningHours, useLearningItems, type LearningFilters } from '../api';
import { formatHours } from '../learning-words';
import { HoursChart } from './hours-chart';
import { ItemDialog } from './item-dialog';
import { KindIcon } from './kind-icon';
import { StatusBadge } from './status-badge';

const NO_FILTERS: LearningFilters = { status: null, kind: null };

/**
 * The learning log: where learning time went (hours per month by aspiration), then every item,
 * newest first, narrowed by status and kind; a dialog adds one. The first visit explains what
 * the log is for and offers the first entry.
 */
export function LearningPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('learning.title'));
  const [filters, setFilters] = useState<LearningFilters>(NO_FILTERS);
  const [adding, setAdding] = useState(false);
  const list = useLearningItems(filters);
  const hours = useLearningHours();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const narrowed = filters.status !== null || filters.kind !== null;
  const ids = useId();
  const addButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setAdding(true)}
    >
      {t('learning.add')}
    </Button>
  );
  const firstVisit = list.isSuccess && items.length === 0 && !narrowed;

  return (
    <>
      <PageHeader title={t('learning.title')} lead={t('learning.lead')} action={addButton} />

      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <PageLoading />
      ) : firstVisit ? (
        <EmptyState
          icon={GraduationCap}
          title={t('learning.emptyTitle')}
          body={t('learning.empty')}
        >
          {addButton}
        </EmptyState>
      ) : (
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
            <Filters filters={filters} onChange={setFilters} />
            <p role="status" className="sr-only">
              {narrowed && list.isSuccess ? t('learning.found', { count: items.length }) : ''}
            </p>
            {items.length === 0 ? (
              <p className="rounded-xl border border-dashed border-line-strong/60 bg-surface p-5 text-ink-muted">
                {t('learning.nothingFound')}
              </p>
            ) : (
              <>
                <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
                  {items.map((item) => (
                    <ItemRow key={item.id} item={item} />
                  ))}
                </ul>
                {list.hasNextPage ? (
                  <Button
                    className="self-center"
                    loading={list.isFetchingNextPage}
                    onClick={() => void list.fetchNextPage()}
                  >
                    {t('learning.showMore')}
                  </Button>
                ) : null}
              </>
            )}
          </section>
        </div>
      )}
      <ItemDialog open={adding} onOpenChange={setAdding} />
    </>
  );
}

function Filters({
  filters,
  onChange,
}: {
  filters: LearningFilters;
  onChange: (filters: LearningFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div
        className="flex flex-wrap gap-1.5"
        role="group"
        aria-label={t('learning.filters.status')}
      >
        {([null, ...LEARNING_STATUSES] as const).map((status) => (
          <button
            key={status ?? 'all'}
            type="button"
            aria-pressed={filters.status === status}
            onClick={() => onChange({ ...filters, status })}
            className={clsx(
              'rounded-full border px-3 py-1 text-sm transition-colors duration-150',
              filters.status === status
                ? 'border-accent bg-accent-soft font-medium text-accent-ink'
                : 'border-line bg-surface text-ink-muted hover:border-line-strong hover:text-ink',
            )}
          >
            {status ? t(`learning.statuses.${status}`) : t('learning.filters.all')}
          </button>
        ))}
      </div>
      <SelectField
        label={t('learning.filters.kind')}
        value={filters.kind ?? ''}
        onChange={(event) =>
          onChange({ ...filters, kind: (event.target.value || null) as LearningKind | null })
        }
        options={[
          { value: '', label: t('learning.filters.anyKind') },
          ...LEARNING_KINDS.map((kind) => ({ value: kind, label: t(`learning.kinds.${kind}`) })),
        ]}
        className="sm:w-48"
      />
    </div>
  );
}

function ItemRow({ item }: { item: LearningItem }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  return (
    <li className="relative flex gap-3 px-4 py-4 transition-colors duration-150 hover:bg-sunken/50 sm:gap-4 sm:px-5">
      <span className="mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full bg-sunken text-ink-muted">
        <KindIcon kind={item.kind} className="size-4.5" />
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h3 className="min-w-0 text-base font-semibold break-words text-ink">
            {/* The whole row is the link's target area; the text stays a normal link. */}
            <Link
              to={`/learning/${item.id}`}
              className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
            >
              {item.title}
            </Link>
          </h3>
          <StatusBadge status={item.status} />
        </div>
        <p className="text-sm break-words text-ink-muted">
          {[
            t(`learning.kinds.${item.kind}`),
            item.source,
            item.totalHours > 0
              ? t('learning.hours', {
                  count: item.totalHours,
                  hours: formatHours(item.totalHours, locale),
                })
              : t('learning.noHours'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {item.aspirations.length > 0 ? (
          <p className="flex flex-wrap items-center gap-1.5 text-sm">
            <span className="text-ink-muted">{t('learning.serves')}</span>
            {item.aspirations.map((aspiration) => (
              <span
                key={aspiration.id}
                className="rounded-full bg-accent-soft px-2 py-0.5 break-words text-accent-ink"
              >
                {aspiration.title}
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </li>
  );
}
