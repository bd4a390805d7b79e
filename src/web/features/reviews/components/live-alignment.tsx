import { useTranslation } from '../../../lib/use-translation';
import { formatPercent } from '../../../lib/review-words';

/** The week's alignment as it is being rated: information, never a verdict. */
export function LiveAlignment({ percent }: { percent: number | null }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-2 rounded-lg bg-accent-soft px-4 py-3">
      <p role="status" className="text-[0.9375rem] text-ink">
        {percent === null
          ? t('review.live.none')
          : t('review.live.percent', { percent: formatPercent(percent, navigator.language) })}
      </p>
      <div aria-hidden className="h-1.5 w-full overflow-hidden rounded-full bg-surface">
        <div
          className="h-full rounded-full bg-accent transition-[width] duration-300 motion-reduce:transition-none"
          style={{ width: `${percent ?? 0}%` }}
        />
      </div>
    </div>
  );
}
