import { clsx } from 'clsx';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { ChartNeeds } from '../../../components/patterns/chart-figure';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useReactionPatterns } from '../api';
import { barPercent } from '../reaction-words';
import { emotionName } from './emotion-name';

/** The periods patterns can be drawn over, in days back from today. */
const PERIODS = [30, 90, 365] as const;
type Period = (typeof PERIODS)[number];

/** How many reactions a period needs before its patterns are drawn. */
const PATTERN_MINIMUM = 3;

interface Entry {
  key: string;
  label: string;
  count: number;
  meanIntensity: number;
}

/**
 * What keeps setting me off: the most frequent words in triggers and the most frequent emotions
 * over a chosen period, each with how often and how strongly, drawn as quiet bars.
 */
export function PatternsSection() {
  const { t } = useTranslation();
  const [days, setDays] = useState<Period>(90);
  const patterns = useReactionPatterns(days);
  const ids = useId();
  const locale = navigator.language;
  const data = patterns.data;

  return (
    <section aria-labelledby={`${ids}-h`} className="flex flex-col gap-4">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-1">
          <h2 id={`${ids}-h`} className="text-xl font-semibold tracking-tight text-ink">
            {t('reactions.patterns.title')}
          </h2>
          <p className="max-w-prose text-[0.9375rem] text-ink-muted">
            {t('reactions.patterns.lead')}
          </p>
        </div>
        <div
          role="group"
          aria-label={t('reactions.patterns.period')}
          className="inline-flex shrink-0 self-start rounded-lg border border-line bg-sunken p-0.5 sm:self-auto"
        >
          {PERIODS.map((period) => (
            <button
              key={period}
              type="button"
              aria-pressed={days === period}
              onClick={() => setDays(period)}
              className={clsx(
                'rounded-md px-3 py-1 text-sm font-medium whitespace-nowrap transition-colors duration-150',
                days === period ? 'bg-surface text-ink shadow-sm' : 'text-ink-muted hover:text-ink',
              )}
            >
              {t(`reactions.patterns.periods.${period}`)}
            </button>
          ))}
        </div>
      </header>
      <div className="rounded-xl border border-line bg-surface p-4 sm:p-6">
        {patterns.isError ? (
          <FormAlert>{describeError(patterns.error, t)}</FormAlert>
        ) : !data ? (
          <div className="h-40" />
        ) : data.reactions < PATTERN_MINIMUM ? (
          // One reaction is an event, not a pattern: say what the patterns need first.
          <ChartNeeds>
            {t('reactions.patterns.needs', { count: data.reactions, minimum: PATTERN_MINIMUM })}
          </ChartNeeds>
        ) : (
          <div className="flex flex-col gap-6">
            <p role="status" className="text-sm text-ink-muted">
              {t('reactions.patterns.basis', {
                count: data.reactions,
                from: formatCalendarDate(data.from, locale),
                to: formatCalendarDate(data.to, locale),
              })}
            </p>
            <div className="grid gap-8 md:grid-cols-2">
              <PatternList
                title={t('reactions.patterns.triggers')}
                empty={t('reactions.patterns.noTriggers')}
                entries={data.triggerWords.map((w) => ({ key: w.word, label: w.word, ...w }))}
              />
              <PatternList
                title={t('reactions.patterns.emotions')}
                empty={t('reactions.patterns.noEmotions')}
                entries={data.emotions.map((e) => ({
                  key: e.emotion,
                  label: emotionName(e.emotion, t),
                  ...e,
                }))}
              />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

function PatternList({
  title,
  empty,
  entries,
}: {
  title: string;
  empty: string;
  entries: Entry[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const max = Math.max(0, ...entries.map((entry) => entry.count));
  const locale = navigator.language;
  const mean = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <h3 id={headingId} className="text-sm font-semibold text-ink">
        {title}
      </h3>
      {entries.length === 0 ? (
        <p className="text-sm text-ink-muted">{empty}</p>
      ) : (
        <ol aria-labelledby={headingId} className="flex flex-col gap-2.5">
          {entries.map((entry) => (
            <li key={entry.key} className="flex flex-col gap-1">
              <div className="flex items-baseline justify-between gap-3">
                <span className="min-w-0 font-medium break-words text-ink">{entry.label}</span>
                <span className="shrink-0 text-sm text-ink-muted tabular-nums">
                  {t('reactions.patterns.entry', {
                    times: t('reactions.patterns.times', { count: entry.count }),
                    intensity: mean(entry.meanIntensity),
                  })}
                </span>
              </div>
              <svg aria-hidden className="h-1.5 w-full overflow-visible" preserveAspectRatio="none">
                <rect x="0" y="0" width="100%" height="100%" rx="3" className="fill-sunken" />
                <rect
                  x="0"
                  y="0"
                  width={`${barPercent(entry.count, max)}%`}
                  height="100%"
                  rx="3"
                  className="fill-accent"
                />
              </svg>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
