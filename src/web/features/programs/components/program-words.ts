import { useTranslation } from '../../../lib/use-translation';
import type { ProgramSummary } from '../../../../contracts/programs';
import { formatDate } from '../../../lib/format';

/** How a program's dates, seats and my place in it are put in words. */
export function useProgramWords() {
  const { t } = useTranslation();
  const day = (date: string) => formatDate(`${date}T12:00:00Z`, navigator.language, 'UTC');
  return {
    dates: (p: Pick<ProgramSummary, 'startDate' | 'endDate' | 'weeks'>) =>
      t('programs.dates', { start: day(p.startDate), end: day(p.endDate), count: p.weeks }),
    seatsLeft: (p: ProgramSummary) =>
      p.enrolledCount >= p.seats
        ? p.waitlistCount === 0
          ? t('programs.fullNoWait')
          : t('programs.full', { count: p.waitlistCount })
        : t('programs.seatsLeft', { count: p.seats - p.enrolledCount }),
    place: (p: ProgramSummary) =>
      p.me.status === 'enrolled'
        ? t('programs.me.enrolled')
        : p.me.status === 'waitlisted'
          ? t('programs.me.waitlisted', { position: p.me.waitlistPosition })
          : '',
    day,
  };
}
