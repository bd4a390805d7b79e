import { CalendarCheck } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { buttonClasses } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { formatCalendarDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { todayQuery, useToday } from '../api';
import { MoodCheckIn } from './mood-check-in';
import { PromptCard } from './prompt-card';
import { TodayAspirations } from './today-aspirations';
import { TodayPractices } from './today-practices';
import { TodayPrograms } from './today-programs';

/** What Today draws first, read before it is drawn the first time (app/routes/page.ts). */
export const todayPageReads = [todayQuery];

/**
 * Today, the home page: only what today needs. One question, the practices to tick, a mood
 * check-in, and the creative tension of each active aspiration. The date is the server's
 * "today" in the person's time zone, never the browser's clock.
 */
export function TodayPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('today.title'));
  const { data: user } = useCurrentUser();
  const today = useToday();
  if (!user) return null;

  const heading = today.data
    ? formatCalendarDate(today.data.date, navigator.language, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      })
    : t('today.title');

  return (
    <>
      <header className="mb-8 flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{heading}</h1>
        <Link to="/review" className={buttonClasses('secondary')}>
          <CalendarCheck aria-hidden className="size-4" />
          {t('nav.review')}
        </Link>
      </header>
      {today.isError ? (
        <LoadError error={today.error} onRetry={() => void today.refetch()} />
      ) : !today.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-10">
          <PromptCard key={today.data.prompt.id} today={today.data} />
          {/* On phones the practices come first, above the fold; side by side with the mood on wide screens. */}
          <div className="max-lg:contents lg:grid lg:grid-cols-2 lg:gap-8">
            <div className="max-lg:order-first">
              <TodayPractices today={today.data} />
            </div>
            <MoodCheckIn today={today.data} timeZone={user.timeZone} />
          </div>
          <TodayAspirations aspirations={today.data.aspirations} timeZone={user.timeZone} />
          <TodayPrograms programs={today.data.programs} />
        </div>
      )}
    </>
  );
}
