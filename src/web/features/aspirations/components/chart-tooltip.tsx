import { useTranslation } from '../../../lib/use-translation';
import { formatDateTime } from '../../../lib/format';
import type { ChartPoint } from '../tension-view';

/** The tension chart's tooltip: the day, and the vision and reality levels then. */
export function ChartTooltip({
  active,
  payload,
  timeZone,
}: {
  active?: boolean;
  payload?: readonly { payload?: ChartPoint }[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-lg border border-line bg-surface px-3 py-2 text-sm shadow-float">
      <p className="font-medium text-ink">
        {formatDateTime(new Date(point.t).toISOString(), navigator.language, timeZone)}
      </p>
      <p className="text-accent-ink">
        {t('tension.vision')} {point.vision}
      </p>
      <p className="text-ink">
        {t('tension.reality')} {point.reality ?? t('tension.notYet')}
      </p>
    </div>
  );
}
