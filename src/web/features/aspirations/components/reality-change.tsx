import { useTranslation } from '../../../lib/use-translation';
import type { Assessment } from '../../../../contracts/vision';
import { formatShortDate } from '../../../lib/format';
import { previousAssessment } from '../tension-view';

/**
 * How reality moved at the latest assessment, e.g. "Reality ↑1 since 3 Oct" (3 Oct being the
 * assessment before), or when it was first assessed. Arrows are for the eye; screen readers
 * hear words.
 */
export function RealityChange({
  assessments,
  timeZone,
}: {
  assessments: readonly Assessment[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const latest = [...assessments].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  const previous = previousAssessment(assessments);
  const date = (iso: string) => formatShortDate(iso, navigator.language, timeZone, new Date());
  if (!latest) return null;
  if (!previous) return <span>{t('vision.change.first', { date: date(latest.at) })}</span>;
  const change = latest.level - previous.level;
  const since = date(previous.at);
  if (change === 0) return <span>{t('vision.change.same', { date: since })}</span>;
  const count = Math.abs(change);
  return (
    <span>
      <span aria-hidden>
        {t(change > 0 ? 'vision.change.upShort' : 'vision.change.downShort', {
          count,
          date: since,
        })}
      </span>
      <span className="sr-only">
        {t(change > 0 ? 'vision.change.up' : 'vision.change.down', { count, date: since })}
      </span>
    </span>
  );
}
