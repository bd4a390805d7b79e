import { Waves } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';

/**
 * The eroding-goal question on an aspiration's page: calm and without judgement, with the
 * reasons the person wrote at each lowering, so they can read their own words again.
 */
export function ErodingNote({
  visionDrop,
  realityRise,
  reasons,
}: {
  visionDrop: number;
  realityRise: number;
  reasons: readonly string[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-accent/25 bg-accent-soft/60 p-5 sm:p-6"
    >
      <div className="flex items-start gap-3">
        <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-surface text-accent-ink">
          <Waves aria-hidden className="size-5" />
        </span>
        <div className="flex flex-col gap-1.5">
          <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
            {t('vision.eroding.title')}
          </h2>
          <p className="max-w-prose text-[0.9375rem] leading-relaxed text-ink">
            {t('vision.eroding.question')}
          </p>
          <p className="max-w-prose text-sm text-ink-muted">
            {t('vision.eroding.numbers', { drop: visionDrop, rise: realityRise })}{' '}
            {t('vision.eroding.explain')}
          </p>
        </div>
      </div>
      {reasons.length > 0 ? (
        <div className="flex flex-col gap-2 sm:pl-12">
          <h3 className="text-sm font-medium text-ink">{t('vision.eroding.reasons')}</h3>
          <ul className="flex flex-col gap-2">
            {reasons.map((reason, index) => (
              <li
                key={index}
                className="border-l-2 border-accent/40 pl-3 font-serif text-[0.9375rem] leading-relaxed text-ink"
              >
                {reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
