import { Circle } from 'lucide-react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { AspirationSummary } from '../../../../contracts/vision';
import { GapLabel, TensionBand } from '../../../components/ui/tension-band';
import { DomainLabel } from './domain';
import { ErodingLine } from './eroding-line';
import { RealityChange } from './reality-change';
import { StatusBadge } from './status-badge';
import { sparklineShown } from '../tension-view';

// The charting library (~100 KB gzip) comes after the cards are drawn, in the sparkline's
// place of the same height (issue 16, budget 5: Vision's first drawing does not wait for it).
const TensionChart = lazy(() =>
  import('./tension-chart').then((module) => ({ default: module.TensionChart })),
);

/** How many open action steps a card shows. */
const NEXT_STEPS = 2;

/**
 * One aspiration on the Vision page: title, domain, the tension band, how reality moved, a
 * small chart over time, the next open steps, and a quiet line when the goal is eroding.
 */
export function AspirationCard({
  aspiration,
  timeZone,
}: {
  aspiration: AspirationSummary;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const current = aspiration;
  const openSteps = aspiration.nextSteps.slice(0, NEXT_STEPS);
  // The latest two assessments, which is all the change line needs.
  const lastTwo = [
    { at: aspiration.lastAssessedAt, level: aspiration.realityLevel },
    {
      at: aspiration.previousAssessedAt,
      level:
        aspiration.realityLevel === null || aspiration.realityChange === null
          ? null
          : aspiration.realityLevel - aspiration.realityChange,
    },
  ].flatMap(({ at, level }) => (at && level !== null ? [{ id: at, at, level, evidence: '' }] : []));
  const [now] = useState(() => Date.now());
  const sparkline = useMemo(
    () => sparklineShown(aspiration.history, now),
    [aspiration.history, now],
  );
  const titleId = `aspiration-${aspiration.id}`;

  return (
    <article
      aria-labelledby={titleId}
      className="relative flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 transition-colors duration-150 hover:border-line-strong sm:p-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <DomainLabel domain={current.domain} />
        {current.status !== 'active' ? <StatusBadge status={current.status} /> : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <h3 id={titleId} className="text-xl font-semibold tracking-tight text-ink">
          {/* The whole card is the link's target area; the text stays a normal link. */}
          <Link
            to={`/vision/aspirations/${aspiration.id}`}
            className="rounded-sm after:absolute after:inset-0 after:rounded-xl hover:text-accent-ink"
          >
            {current.title}
          </Link>
        </h3>
        <p className="line-clamp-2 max-w-prose font-serif text-[0.9375rem] leading-relaxed text-ink-muted">
          {current.vision}
        </p>
      </div>
      <div className="grid items-center gap-x-8 gap-y-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <TensionBand visionLevel={current.visionLevel} realityLevel={current.realityLevel} />
        {sparkline ? (
          <Suspense fallback={<div className="h-14" />}>
            <TensionChart history={aspiration.history} timeZone={timeZone} size="sm" />
          </Suspense>
        ) : null}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
        {current.tension !== null ? (
          <GapLabel tension={current.tension} />
        ) : (
          <span>{t('vision.card.notAssessed')}</span>
        )}
        <RealityChange assessments={lastTwo} timeZone={timeZone} />
      </p>
      {openSteps.length > 0 ? (
        <div className="flex flex-col gap-1.5">
          <h4 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
            {t('vision.card.nextSteps')}
          </h4>
          <ul className="flex flex-col gap-1">
            {openSteps.map((step) => (
              <li key={step.id} className="flex items-start gap-2 text-[0.9375rem] text-ink">
                <Circle aria-hidden className="mt-1 size-3.5 shrink-0 text-ink-muted" />
                <span className="break-words">{step.text}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {current.eroding ? <ErodingLine /> : null}
    </article>
  );
}
