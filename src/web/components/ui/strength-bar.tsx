import { clsx } from 'clsx';
import { useTranslation } from '../../lib/use-translation';
import { formatPercent } from '../../lib/format';
import { strengthPercent } from '../../lib/practice-words';

/**
 * A practice's strength (0..1) as a quiet bar with its percentage beside it. Read by screen
 * readers as "Strength 84%". Never red: a low bar is information, not a verdict.
 */
export function StrengthBar({
  strength,
  size = 'sm',
  className,
}: {
  strength: number;
  size?: 'sm' | 'lg';
  className?: string;
}) {
  const { t } = useTranslation();
  const percent = strengthPercent(strength);
  return (
    <span className={clsx('flex items-center gap-3', className)}>
      <span
        aria-hidden
        className={clsx(
          'relative block min-w-0 flex-1 overflow-hidden rounded-full bg-sunken',
          size === 'lg' ? 'h-3' : 'h-2',
        )}
      >
        <span
          className="absolute inset-y-0 left-0 rounded-full bg-accent transition-[width] duration-500 motion-reduce:transition-none"
          style={{ width: `${percent}%` }}
        />
      </span>
      <span
        className={clsx(
          'shrink-0 text-right font-medium text-ink tabular-nums',
          size === 'lg' ? 'w-14 text-lg' : 'w-10 text-sm',
        )}
      >
        <span className="sr-only">{t('practice.strength')} </span>
        {formatPercent(percent, navigator.language)}
      </span>
    </span>
  );
}
