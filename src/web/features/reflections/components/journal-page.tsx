import { CalendarCheck, PenLine, Scale, Search } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link, useLocation } from 'react-router';
import { NothingFound } from '../../../components/patterns/nothing-found';
import { SearchResults } from '../../../components/patterns/search-results';
import { ShowMore } from '../../../components/patterns/show-more';
import { buttonClasses } from '../../../components/ui/button';
import { useCurrentUser } from '../../../lib/session';
import { JOURNAL_SEARCH_ID } from '../../../lib/shortcuts';
import { useDebounced } from '../../../lib/use-debounced';
import { useTodayIn } from '../../../lib/use-today';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  NO_FILTERS,
  useJournalReviews,
  useOnThisDay,
  useReflections,
  useSearch,
  type JournalFilters,
} from '../api';
import { withReviews } from '../journal-words';
import { CalendarStrip } from './calendar-strip';
import { EmptyJournal } from './empty-journal';
import { JournalFilterPanel } from './journal-filter-panel';
import { ReflectionCard } from './reflection-card';
import { ReviewCard } from './review-card';
import { SearchResultCard } from './search-result-card';

/**
 * The Journal: a calendar strip of the month, a search over everything I wrote that searches as
 * you type (`/api/search`; with filters on, my reflections only), filters in a small disclosure,
 * "on this day" from earlier years, and the reflections with the weekly reviews among them as
 * readable cards with "Show more". The first visit teaches what the journal is for.
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
  // Words alone search everything I wrote; with filters on, the search is of reflections.
  const filtered = Object.entries(settled).some(([name, value]) => name !== 'q' && value.trim());
  const everything = settled.q.trim() !== '' && !filtered;
  const list = useReflections(everything ? NO_FILTERS : settled);
  const found = useSearch(everything ? settled.q : '');
  const reviews = useJournalReviews();
  const onThisDay = useOnThisDay();
  const set = (patch: Partial<JournalFilters>) =>
    setFilters((current) => ({ ...current, ...patch }));
  const day = filters.from && filters.from === filters.to ? filters.from : null;
  const narrowed = Object.values(settled).some((value) => value.trim() !== '');
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const results = found.data?.pages.flatMap((page) => page.items) ?? [];
  const entries = narrowed
    ? withReviews(items, [], false)
    : withReviews(items, reviews.data ?? [], !list.hasNextPage);
  const resultsId = useId();
  const location = useLocation();

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
            <label htmlFor={JOURNAL_SEARCH_ID} className="sr-only">
              {t('search.label')}
            </label>
            <Search
              aria-hidden
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-muted"
            />
            <input
              id={JOURNAL_SEARCH_ID}
              type="search"
              // Someone who pressed `/` elsewhere came here to search.
              autoFocus={(location.state as { focusSearch?: boolean } | null)?.focusSearch === true}
              value={filters.q}
              onChange={(event) => set({ q: event.target.value })}
              placeholder={t('search.placeholder')}
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
          {everything ? (
            <SearchResults
              list={found}
              found={t('search.found', { count: results.length })}
              isEmpty={results.length === 0}
              empty={<NothingFound>{t('journal.nothingFound')}</NothingFound>}
            >
              <ul className="flex flex-col gap-3">
                {results.map((result) => (
                  <li key={`${result.type}:${result.id}`}>
                    <SearchResultCard result={result} />
                  </li>
                ))}
              </ul>
              <ShowMore list={found}>{t('journal.showMore')}</ShowMore>
            </SearchResults>
          ) : (
            <SearchResults
              list={list}
              found={narrowed ? t('journal.found', { count: items.length }) : ''}
              isEmpty={entries.length === 0}
              empty={
                narrowed ? (
                  <NothingFound>{t('journal.nothingFound')}</NothingFound>
                ) : (
                  <EmptyJournal />
                )
              }
            >
              <ul className="flex flex-col gap-3">
                {entries.map((entry) =>
                  entry.type === 'review' ? (
                    <li key={`review:${entry.item.week}`}>
                      <ReviewCard review={entry.item} />
                    </li>
                  ) : (
                    <li key={entry.item.id}>
                      <ReflectionCard
                        reflection={entry.item}
                        snippet={entry.item.snippet}
                        timeZone={timeZone}
                      />
                    </li>
                  ),
                )}
              </ul>
              <ShowMore list={list}>{t('journal.showMore')}</ShowMore>
            </SearchResults>
          )}
        </section>
      </div>
    </>
  );
}
