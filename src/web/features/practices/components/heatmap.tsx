import { clsx } from 'clsx';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { addDays } from '../../../../core/calendar';
import type { CheckIn } from '../../../../contracts/practices';
import { formatCalendarDate } from '../../../lib/format';
import { weekdayName } from '../../../lib/practice-words';
import { heatmapWeeks, monthStarts, type DayStatus } from '../heatmap-view';

const CELL = {
  done: 'bg-accent border-accent',
  skipped: 'border-accent bg-accent-soft',
  none: 'bg-sunken border-line',
} satisfies Record<DayStatus, string>;

/** Arrow keys: left and right a week, up and down a day. */
const STEP: Record<string, number> = { ArrowLeft: -7, ArrowRight: 7, ArrowUp: -1, ArrowDown: 1 };

/**
 * A year of check-ins as 53 weeks × 7 days: done (filled), skipped and excused (outlined), or
 * none. Every past day is a button labelled with its date and status that opens it; the grid is
 * one tab stop, arrow keys move between days. Scrolls sideways on narrow screens, today in view.
 */
export function Heatmap({
  today,
  checkIns,
  onOpenDay,
}: {
  today: string;
  checkIns: readonly CheckIn[];
  onOpenDay: (date: string) => void;
}) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const labelId = useId();
  const weeks = useMemo(() => heatmapWeeks(today, checkIns), [today, checkIns]);
  const months = monthStarts(weeks);
  const first = weeks[0]![0]!.date;
  const [focused, setFocused] = useState(today);
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, []);

  const status = (value: DayStatus) =>
    t(
      value === 'done'
        ? 'practices.heatmap.done'
        : value === 'skipped'
          ? 'practices.heatmap.skipped'
          : 'practices.heatmap.none',
    );

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const step = STEP[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = addDays(date, step);
    if (next > today || next < first) return;
    setFocused(next);
    cells.current.get(next)?.focus();
  };

  return (
    <div className="flex flex-col gap-3">
      <p id={labelId} className="sr-only">
        {t('practices.heatmap.label')} {t('practices.heatmap.keys')}
      </p>
      <div ref={scroller} className="-mx-1 overflow-x-auto px-1 pt-1 pb-2">
        <div
          role="group"
          aria-labelledby={labelId}
          className="grid w-max gap-[2px]"
          style={{ gridTemplateColumns: `auto repeat(${weeks.length}, 9px)` }}
        >
          {months.map(({ week, date }) => (
            <span
              key={date}
              aria-hidden
              className="text-xs whitespace-nowrap text-ink-muted"
              style={{ gridColumn: week + 2, gridRow: 1 }}
            >
              {formatCalendarDate(date, locale, { month: 'short' })}
            </span>
          ))}
          {[1, 3, 5].map((day) => (
            <span
              key={day}
              aria-hidden
              className="pr-1.5 text-xs leading-[9px] text-ink-muted"
              style={{ gridColumn: 1, gridRow: day + 1 }}
            >
              {weekdayName(day, locale)}
            </span>
          ))}
          {weeks.map((days, week) =>
            days.map((day, index) =>
              day.future ? (
                <span
                  key={day.date}
                  aria-hidden
                  className="size-[9px]"
                  style={{ gridColumn: week + 2, gridRow: index + 2 }}
                />
              ) : (
                <button
                  key={day.date}
                  ref={(element) => {
                    if (element) cells.current.set(day.date, element);
                    else cells.current.delete(day.date);
                  }}
                  type="button"
                  tabIndex={day.date === focused ? 0 : -1}
                  aria-label={t('practices.heatmap.cell', {
                    date: formatCalendarDate(day.date, locale, {
                      weekday: 'short',
                      day: 'numeric',
                      month: 'short',
                      year: 'numeric',
                    }),
                    status: status(day.status),
                  })}
                  aria-current={day.date === today ? 'date' : undefined}
                  data-date={day.date}
                  data-status={day.status}
                  onClick={() => {
                    setFocused(day.date);
                    onOpenDay(day.date);
                  }}
                  onKeyDown={(event) => onKeyDown(event, day.date)}
                  className={clsx(
                    'size-[9px] rounded-[2px] border hover:border-ink',
                    CELL[day.status],
                    day.date === today && 'ring-1 ring-ink ring-offset-1 ring-offset-surface',
                  )}
                  style={{ gridColumn: week + 2, gridRow: index + 2 }}
                />
              ),
            ),
          )}
        </div>
      </div>
      <p aria-hidden className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-ink-muted">
        {(['done', 'skipped', 'none'] as const).map((value) => (
          <span key={value} className="inline-flex items-center gap-1.5">
            <span className={clsx('size-3 rounded-[3px] border', CELL[value])} />
            {t(
              value === 'done'
                ? 'practices.heatmap.legendDone'
                : value === 'skipped'
                  ? 'practices.heatmap.legendSkipped'
                  : 'practices.heatmap.legendNone',
            )}
          </span>
        ))}
      </p>
    </div>
  );
}
