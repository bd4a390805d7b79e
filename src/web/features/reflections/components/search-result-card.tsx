import { useTranslation } from '../../../lib/use-translation';
import type { SearchResult, SearchType } from '../../../../contracts/search';
import { formatCalendarDate } from '../../../lib/format';
import { weekRange } from '../../../lib/review-words';
import { FoundCard } from './found-card';
import { SnippetText } from './snippet-text';

/** The page each kind of result opens. */
const PAGES: Record<SearchType, (id: string) => string> = {
  reflection: (id) => `/journal/${id}`,
  review: (week) => `/review/${week}`,
  learning: (id) => `/learning/${id}`,
  reaction: (id) => `/reactions/${id}`,
  belief: () => '/beliefs',
  'one-on-one-note': (id) => `/one-on-ones/${id}`,
};

/** One result of searching everything I wrote: kind, title, date, highlighted passage, link. */
export function SearchResultCard({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const type = t(`search.types.${result.type}`);
  const title =
    result.type === 'review'
      ? t('search.reviewTitle', { range: weekRange(result.id, locale) })
      : result.title.trim() ||
        t('search.untitled', {
          type,
          date: formatCalendarDate(result.date, locale, { day: 'numeric', month: 'long' }),
        });
  return (
    <FoundCard kind={type} title={title} to={PAGES[result.type](result.id)} date={result.date}>
      <SnippetText parts={result.snippet} />
    </FoundCard>
  );
}
