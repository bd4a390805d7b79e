import { clsx } from 'clsx';
import { Check, Minus } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { PracticeListItem } from '../../../../contracts/practices';
import { addDays } from '../../../../core/calendar';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useWeekCheckIn } from '../api';

type Status = PracticeListItem['week'][number]['status'] | null;

/**
 * A practice's last seven days as a row of toggle buttons (Loop Habit Tracker's row), today
 * first: a tap ticks a day done, another tap unticks it; a skipped (excused) day ticked becomes
 * done. Days are the person's own, counted back from the server's today in their time zone.
 * Each button is named in full, e.g. "Walk, Tuesday 1 December, done".
 */
export function PracticeWeek({ practice }: { practice: PracticeListItem }) {
  const { t } = useTranslation();
  const toast = useToast();
  const checkIn = useWeekCheckIn();
  const statusOf = new Map<string, Status>(practice.week.map((c) => [c.date, c.status]));
  const days = Array.from({ length: 7 }, (_, i) => addDays(practice.today.date, -i));

  return (
    <ul aria-label={t('practiceWeek.label', { name: practice.name })} className="flex gap-1">
      {days.map((date, index) => {
        const status = statusOf.get(date) ?? null;
        const long = formatCalendarDate(date, navigator.language, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
        });
        const label = t('practiceWeek.cell', {
          name: practice.name,
          date: long,
          status: t(`practiceWeek.status.${status ?? 'none'}`),
        });
        return (
          <li key={date}>
            <button
              type="button"
              aria-pressed={status === 'done'}
              aria-label={label}
              title={label}
              onClick={() =>
                checkIn.mutate(
                  { id: practice.id, date, status: status === 'done' ? null : 'done' },
                  { onError: (error) => toast({ title: describeError(error, t), tone: 'info' }) },
                )
              }
              className={clsx(
                'relative z-10 flex h-13 w-11 flex-col items-center justify-center gap-0.5 rounded-lg border text-xs transition-colors duration-150 motion-reduce:transition-none',
                status === 'done'
                  ? 'border-accent bg-accent text-on-accent hover:bg-accent-hover'
                  : 'border-line bg-surface text-ink-muted hover:bg-sunken hover:text-ink',
                index === 0 && status !== 'done' && 'border-line-strong text-ink',
              )}
            >
              <span aria-hidden className="leading-none font-medium">
                {index === 0
                  ? t('practiceWeek.today')
                  : formatCalendarDate(date, navigator.language, { weekday: 'narrow' })}
              </span>
              <span aria-hidden className="flex h-4 items-center leading-none">
                {status === 'done' ? (
                  <Check className="size-4" strokeWidth={3} />
                ) : status === 'skipped' ? (
                  <Minus className="size-4" />
                ) : (
                  formatCalendarDate(date, navigator.language, { day: 'numeric' })
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
