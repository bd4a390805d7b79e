import { CalendarCheck, PenLine, Scale, Search } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NothingFound } from '../../../components/patterns/nothing-found';
import { SearchResults } from '../../../components/patterns/search-results';
import { ShowMore } from '../../../components/patterns/show-more';
import { buttonClasses } from '../../../components/ui/button';
import { useCurrentUser } from '../../../lib/session';
import { useDebounced } from '../../../lib/use-debounced';
import { useTodayIn } from '../../../lib/use-today';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NO_FILTERS, useOnThisDay, useReflections, type JournalFilters } from '../api';
import { CalendarStrip } from './calendar-strip';
import { EmptyJournal } from './empty-journal';
import { JournalFilterPanel } from './journal-filter-panel';
import { ReflectionCard } from './reflection-card';

/**
 * The Journal: a calendar strip of the month, a search that searches as you type, filters in a
 * small disclosure, "on this day" from earlier years, and the reflections as readable cards
 * with "Show more". The first visit teaches what the journal is for.
 */
export function JournalPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('journal.title'));
  const { data: user } = useCurrentUser();
  const timeZone = user?.timeZone ?? 'UTC';
  const today = useTodayIn(timeZone);
  const [month, setMonth] = useState(today.slice(0, 7));
  const [filters, setFilters] = useState<JournalFilters>(NO_FILTERS);
  const settled = useDebounced(filters, 250);
  const list = useReflections(settled);
  const onThisDay = useOnThisDay();
  const set = (patch: Partial<JournalFilters>) =>
    setFilters((current) => ({ ...current, ...patch }));
  const day = filters.from && filters.from === filters.to ? filters.from : null;
  const narrowed = Object.values(settled).some((value) => value.trim() !== '');
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const resultsId = useId();

  return (
    <>
      <header className="mb-8 flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('journal.title')}</h1>
          <div className="flex flex-wrap gap-2">
            <Link to="/review" className={buttonClasses('secondary')}>
              <CalendarCheck aria-hidden className="size-4" />
              {t('nav.review')}
            </Link>
            <Link to="/beliefs" className={buttonClasses('secondary')}>
              <Scale aria-hidden className="size-4" />
              {t('journal.beliefsLink')}
            </Link>
            <Link to="/journal/new" className={buttonClasses('primary')}>
              <PenLine aria-hidden className="size-4" />
              {t('journal.write')}
            </Link>
          </div>
        </div>
        <p className="max-w-prose text-ink-muted">{t('journal.lead')}</p>
      </header>

      <div className="flex flex-col gap-6">
        <CalendarStrip
          month={month}
          today={today}
          selected={day}
          onMonthChange={setMonth}
          onSelect={(date) => set({ from: date ?? '', to: date ?? '' })}
        />

        <div className="flex flex-col gap-3">
          <div role="search" className="relative">
            <label htmlFor={`${resultsId}-q`} className="sr-only">
              {t('journal.search.label')}
            </label>
            <Search
              aria-hidden
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-muted"
            />
            <input
              id={`${resultsId}-q`}
              type="search"
              value={filters.q}
              onChange={(event) => set({ q: event.target.value })}
              placeholder={t('journal.search.placeholder')}
              aria-controls={resultsId}
              maxLength={200}
              className="block h-11 w-full rounded-lg border border-line-strong bg-surface pr-3 pl-9 text-base text-ink transition-colors duration-150 placeholder:text-ink-muted"
            />
          </div>
          <JournalFilterPanel
            filters={filters}
            onChange={set}
            onClear={() => setFilters(NO_FILTERS)}
          />
        </div>

        {!narrowed && onThisDay.data && onThisDay.data.length > 0 ? (
          <section aria-labelledby={`${resultsId}-otd`} className="flex flex-col gap-3">
            <h2
              id={`${resultsId}-otd`}
              className="text-sm font-semibold tracking-wide text-ink-muted uppercase"
            >
              {t('journal.onThisDay')}
            </h2>
            {onThisDay.data.map(({ yearsAgo, reflection }) => (
              <ReflectionCard
                key={reflection.id}
                reflection={reflection}
                timeZone={timeZone}
                eyebrow={t('journal.yearsAgo', { count: yearsAgo })}
              />
            ))}
          </section>
        ) : null}

        <section id={resultsId} aria-labelledby={`${resultsId}-h`} className="flex flex-col gap-3">
          <h2
            id={`${resultsId}-h`}
            className="text-sm font-semibold tracking-wide text-ink-muted uppercase"
          >
            {settled.q.trim() ? t('journal.results') : t('journal.entries')}
          </h2>
          <SearchResults
            list={list}
            found={narrowed ? t('journal.found', { count: items.length }) : ''}
            isEmpty={items.length === 0}
            empty={
              narrowed ? <NothingFound>{t('journal.nothingFound')}</NothingFound> : <EmptyJournal />
            }
          >
            <ul className="flex flex-col gap-3">
              {items.map((hit) => (
                <li key={hit.id}>
                  <ReflectionCard reflection={hit} snippet={hit.snippet} timeZone={timeZone} />
                </li>
              ))}
            </ul>
            <ShowMore list={list}>{t('journal.showMore')}</ShowMore>
          </SearchResults>
        </section>
      </div>
    </>
  );
}
