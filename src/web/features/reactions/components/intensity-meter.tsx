import { clsx } from 'clsx';
import { useTranslation } from '../../../lib/use-translation';

/** An intensity 0–10 as ten quiet ticks, filled up to it, with the number for everyone. */
export function IntensityMeter({ value, className }: { value: number; className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={clsx('inline-flex items-center gap-2', className)}>
      <svg aria-hidden viewBox="0 0 58 10" className="h-2.5 w-[3.625rem] shrink-0">
        {Array.from({ length: 10 }, (_, i) => (
          <rect
            key={i}
            x={i * 6}
            y={0}
            width={4}
            height={10}
            rx={1.5}
            className={i < value ? 'fill-accent' : 'fill-line'}
          />
        ))}
      </svg>
      <span className="text-sm text-ink-muted tabular-nums">
        {t('reactions.intensityOf', { value })}
      </span>
    </span>
  );
}
