import { clsx } from 'clsx';
import { useTranslation } from '../../lib/use-translation';
import { LEVEL_MAX } from '../../../core/tension';
import { gapStrength } from '../../lib/gap-strength';

const bandTint = ['bg-line', 'bg-accent/20', 'bg-accent/35', 'bg-accent/50', 'bg-accent/65'];

const percent = (level: number) =>
  `${(Math.min(Math.max(level, 0), LEVEL_MAX) / LEVEL_MAX) * 100}%`;

/** Keeps a label centred on its dot, except near the ends of the rail where it would spill out. */
function labelPlacement(level: number): string {
  if (level <= 1) return '-translate-x-3';
  if (level >= LEVEL_MAX - 1) return '-translate-x-[calc(100%-0.75rem)]';
  return '-translate-x-1/2';
}

/**
 * Creative tension as a picture: reality ● ——— ● vision on a 0–10 rail, the band between them
 * tinted by the size of the gap (a stronger pull, never a verdict). Vision is labelled above the
 * rail, reality below. `previousRealityLevel` leaves a faint ring where reality stood at the
 * assessment before. Small on cards and lists, large on an aspiration's own page. Read by
 * screen readers as one sentence.
 */
export function TensionBand({
  visionLevel,
  realityLevel,
  previousRealityLevel = null,
  size = 'sm',
  className,
}: {
  visionLevel: number;
  realityLevel: number | null;
  previousRealityLevel?: number | null;
  size?: 'sm' | 'lg';
  className?: string;
}) {
  const { t } = useTranslation();
  const large = size === 'lg';
  const tension = realityLevel === null ? null : visionLevel - realityLevel;
  const low = realityLevel === null ? visionLevel : Math.min(realityLevel, visionLevel);
  const high = realityLevel === null ? visionLevel : Math.max(realityLevel, visionLevel);
  const ahead = tension !== null && tension < 0;

  const description =
    realityLevel === null
      ? t('tension.describeUnassessed', { vision: visionLevel })
      : [
          t('tension.describe', { vision: visionLevel, reality: realityLevel }),
          ahead
            ? t('tension.describeAhead', { count: -tension })
            : tension === 0
              ? t('tension.describeNoGap')
              : t('tension.describeGap', { count: tension ?? 0 }),
          previousRealityLevel !== null && previousRealityLevel !== realityLevel
            ? t('tension.describePrevious', { level: previousRealityLevel })
            : '',
        ]
          .filter(Boolean)
          .join(' ');

  const dot = large ? 'size-5' : 'size-3.5';
  const label = clsx('absolute whitespace-nowrap', large ? 'text-sm' : 'text-xs');

  return (
    <div role="img" aria-label={description} className={clsx('w-full', className)}>
      {/* The rail sits in the middle: vision's label above it, reality's below. */}
      <div className={clsx('relative', large ? 'mx-2.5 h-24' : 'mx-1.5 h-14')}>
        <span
          className={clsx(
            label,
            'top-0 font-medium text-accent-ink transition-[left] duration-300',
            labelPlacement(visionLevel),
          )}
          style={{ left: percent(visionLevel) }}
        >
          {t('tension.vision')}{' '}
          <span className={clsx('tabular-nums', large && 'text-base font-semibold')}>
            {visionLevel}
          </span>
        </span>

        <div className="absolute inset-x-0 top-1/2 -translate-y-1/2">
          {/* The rail, with a tick at every level. */}
          <div className={clsx('relative rounded-full bg-sunken', large ? 'h-2' : 'h-1.5')}>
            {large
              ? Array.from({ length: LEVEL_MAX + 1 }, (_, level) => (
                  <span
                    key={level}
                    className="absolute top-1/2 h-3 w-px -translate-x-1/2 -translate-y-1/2 bg-line"
                    style={{ left: percent(level) }}
                  />
                ))
              : null}
            {realityLevel !== null ? (
              <span
                className={clsx(
                  'absolute top-1/2 -translate-y-1/2 rounded-full transition-[left,width] duration-300',
                  large ? 'h-3' : 'h-2',
                  ahead ? 'bg-line-strong/40' : bandTint[gapStrength(tension)],
                )}
                style={{ left: percent(low), width: `calc(${percent(high)} - ${percent(low)})` }}
              />
            ) : null}
            {previousRealityLevel !== null &&
            realityLevel !== null &&
            previousRealityLevel !== realityLevel ? (
              <span
                className={clsx(
                  'absolute top-1/2 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-dashed border-line-strong bg-surface',
                  large ? 'size-4' : 'size-3',
                )}
                style={{ left: percent(previousRealityLevel) }}
              />
            ) : null}
            {realityLevel !== null ? (
              <span
                className={clsx(
                  'absolute top-1/2 -translate-x-1/2 -translate-y-1/2 rounded-full bg-ink ring-2 ring-surface transition-[left] duration-300',
                  dot,
                )}
                style={{ left: percent(realityLevel) }}
              />
            ) : null}
            <span
              className={clsx(
                'absolute top-1/2 -translate-x-1/2 -translate-y-1/2 rounded-full bg-accent ring-2 ring-surface transition-[left] duration-300',
                dot,
              )}
              style={{ left: percent(visionLevel) }}
            />
          </div>
        </div>

        {realityLevel !== null ? (
          <span
            className={clsx(
              label,
              'bottom-0 font-medium text-ink transition-[left] duration-300',
              labelPlacement(realityLevel),
            )}
            style={{ left: percent(realityLevel) }}
          >
            {t('tension.reality')}{' '}
            <span className={clsx('tabular-nums', large && 'text-base font-semibold')}>
              {realityLevel}
            </span>
          </span>
        ) : (
          <span className={clsx(label, 'bottom-0 left-0 text-ink-muted italic')}>
            {t('tension.unassessed')}
          </span>
        )}
      </div>
      {large ? (
        <div className="mx-2.5 mt-1 flex justify-between text-xs text-ink-muted tabular-nums">
          <span>0</span>
          <span>{LEVEL_MAX}</span>
        </div>
      ) : null}
    </div>
  );
}

/** The gap in words for a line of text: "Gap 4", or that reality is past the vision. */
export function GapLabel({ tension }: { tension: number }) {
  const { t } = useTranslation();
  return (
    <span className="font-medium text-ink">
      {tension < 0 ? t('tension.beyond') : t('tension.gapValue', { count: tension })}
    </span>
  );
}
