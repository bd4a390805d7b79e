import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { AspirationSummary } from '../../../../contracts/vision';
import { GapLabel, TensionBand } from '../../../components/ui/tension-band';
import { formatShortDate } from '../../../lib/format';
import { EmptyNote, SectionHeading } from './empty-note';

/**
 * "Your aspirations — creative tension": each active aspiration small, with its band, the gap,
 * and how the gap moved at the latest assessment. Each links to its own page.
 */
export function TodayAspirations({
  aspirations,
  timeZone,
}: {
  aspirations: readonly Omit<AspirationSummary, 'history'>[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <SectionHeading id={headingId}>{t('today.aspirations.title')}</SectionHeading>
      {aspirations.length === 0 ? (
        <EmptyNote
          title={t('today.aspirations.emptyTitle')}
          to="/vision"
          action={t('today.aspirations.emptyAction')}
        >
          {t('today.aspirations.empty')}
        </EmptyNote>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface px-4 sm:px-5">
          {aspirations.map((aspiration) => (
            <li
              key={aspiration.id}
              className="grid items-center gap-x-6 gap-y-1 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
            >
              <div className="flex min-w-0 flex-col gap-0.5">
                <Link
                  to={`/vision/aspirations/${aspiration.id}`}
                  className="rounded-sm font-medium break-words text-ink underline-offset-4 hover:text-accent-ink hover:underline"
                >
                  {aspiration.title}
                </Link>
                <p className="text-sm text-ink-muted">
                  {aspiration.tension === null ? (
                    t('today.aspirations.notAssessed')
                  ) : (
                    <>
                      <GapLabel tension={aspiration.tension} />
                      <GapChange aspiration={aspiration} timeZone={timeZone} />
                    </>
                  )}
                </p>
              </div>
              <TensionBand
                visionLevel={aspiration.visionLevel}
                realityLevel={aspiration.realityLevel}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** ", ↓1 since 3 Oct": how the gap moved since the assessment before the latest. */
function GapChange({
  aspiration,
  timeZone,
}: {
  aspiration: Pick<AspirationSummary, 'realityChange' | 'previousAssessedAt'>;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const change = aspiration.realityChange;
  if (change === null || change === 0 || !aspiration.previousAssessedAt) return null;
  const date = formatShortDate(
    aspiration.previousAssessedAt,
    navigator.language,
    timeZone,
    new Date(),
  );
  const count = Math.abs(change);
  const narrowed = change > 0;
  return (
    <>
      {', '}
      <span aria-hidden>
        {t(narrowed ? 'today.aspirations.narrowedShort' : 'today.aspirations.widenedShort', {
          count,
          date,
        })}
      </span>
      <span className="sr-only">
        {t(narrowed ? 'today.aspirations.narrowed' : 'today.aspirations.widened', {
          count,
          date,
        })}
      </span>
    </>
  );
}
