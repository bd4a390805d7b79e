import { clsx } from 'clsx';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { formatCalendarDate } from '../../../lib/format';
import { useCalendar } from '../api';
import { daysOfMonth, shiftMonth } from '../journal-words';

/** A day's dot: the mean mood tints it, more pleasant a little deeper; no mood, a quiet grey. */
function dotClass(mood: { pleasantness: number } | null): string {
  if (!mood) return 'bg-ink-muted/60';
  if (mood.pleasantness >= 3) return 'bg-accent';
  if (mood.pleasantness >= 0) return 'bg-accent/70';
  if (mood.pleasantness >= -2) return 'bg-accent/45';
  return 'bg-line-strong';
}

/**
 * The calendar strip: one month's days in a row, a dot under each day with entries (tinted by
 * its mean mood), and buttons to move a month back or forward. A day with entries is a toggle
 * that narrows the list to that day.
 */
export function CalendarStrip({
  month,
  today,
  selected,
  onMonthChange,
  onSelect,
}: {
  month: string;
  today: string;
  selected: string | null;
  onMonthChange: (month: string) => void;
  onSelect: (date: string | null) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const calendar = useCalendar(month);
  const scroller = useRef<HTMLOListElement>(null);
  const byDate = new Map((calendar.data ?? []).map((day) => [day.date, day]));
  const days = daysOfMonth(month);
  const locale = navigator.language;
  const isCurrentMonth = today.startsWith(month);

  // Keep today (or the month's end) in view, centred in the strip, without scrolling the page.
  // Measured against the strip itself: a day's offsetLeft counts from the nearest positioned
  // ancestor, which on the desktop includes the navigation column beside the page.
  useEffect(() => {
    const list = scroller.current;
    if (!list) return;
    const target = list.querySelector<HTMLElement>('[data-today]');
    if (!target) {
      list.scrollLeft = isCurrentMonth ? list.scrollWidth : 0;
      return;
    }
    const strip = list.getBoundingClientRect();
    const day = target.getBoundingClientRect();
    const withinStrip = day.left - strip.left + list.scrollLeft;
    list.scrollLeft = withinStrip - (list.clientWidth - day.width) / 2;
  }, [month, isCurrentMonth]);

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-3 sm:p-4"
    >
      <div className="flex items-center justify-between gap-2">
        <Button
          variant="ghost"
          size="sm"
          aria-label={t('journal.calendar.previous')}
          onClick={() => onMonthChange(shiftMonth(month, -1))}
        >
          <ChevronLeft aria-hidden className="size-4" />
        </Button>
        <h2 id={headingId} aria-live="polite" className="text-[0.9375rem] font-semibold text-ink">
          {formatCalendarDate(`${month}-01`, locale, { month: 'long', year: 'numeric' })}
        </h2>
        <Button
          variant="ghost"
          size="sm"
          aria-label={t('journal.calendar.next')}
          disabled={isCurrentMonth || month > today.slice(0, 7)}
          onClick={() => onMonthChange(shiftMonth(month, 1))}
        >
          <ChevronRight aria-hidden className="size-4" />
        </Button>
      </div>
      {/* Focusable so the keyboard can scroll it on narrow screens. */}
      <ol
        ref={scroller}
        tabIndex={0}
        aria-label={t('journal.calendar.days')}
        className="flex gap-0.5 overflow-x-auto rounded-lg pb-1"
      >
        {days.map((date) => {
          const day = byDate.get(date);
          const weekday = formatCalendarDate(date, locale, { weekday: 'narrow' });
          const number = Number(date.slice(8));
          const isToday = date === today;
          const content = (
            <>
              <span aria-hidden className="text-[0.6875rem] text-ink-muted">
                {weekday}
              </span>
              <span
                aria-hidden
                className={clsx('text-sm tabular-nums', isToday ? 'font-semibold' : 'font-medium')}
              >
                {number}
              </span>
              <span
                aria-hidden
                className={clsx(
                  'size-1.5 rounded-full',
                  day ? dotClass(day.mood) : 'bg-transparent',
                )}
              />
            </>
          );
          const cell = clsx(
            'flex w-9 shrink-0 flex-col items-center gap-0.5 rounded-lg py-1.5',
            isToday && 'ring-1 ring-line-strong/60 ring-inset',
          );
          return (
            <li key={date} data-today={isToday || undefined} aria-hidden={!day || undefined}>
              {day ? (
                <button
                  type="button"
                  aria-pressed={selected === date}
                  aria-label={t('journal.calendar.day', {
                    date: formatCalendarDate(date, locale, {
                      weekday: 'long',
                      day: 'numeric',
                      month: 'long',
                    }),
                    count: day.count,
                  })}
                  onClick={() => onSelect(selected === date ? null : date)}
                  className={clsx(
                    cell,
                    'transition-colors duration-150',
                    selected === date
                      ? 'bg-accent-soft text-accent-ink'
                      : 'text-ink hover:bg-sunken',
                  )}
                >
                  {content}
                </button>
              ) : (
                <span className={clsx(cell, 'text-ink-muted')}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
