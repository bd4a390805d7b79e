import { clsx } from 'clsx';
import { useTranslation } from '../../../lib/use-translation';
import type { Area } from '../../../../contracts/delegation';
import { formatCalendarDate } from '../../../lib/format';
import { LEVELS, levelLabel, levelName } from '../level-words';

/**
 * The seven levels as a rail: the agreed one filled, planned targets outlined — where this
 * area stands and where the two want it to go. Not a score: more is not better.
 */
export function LevelRail({ area }: { area: Area }) {
  const { t } = useTranslation();
  const planned = area.transitions.filter((tr) => tr.status === 'planned');
  const targets = new Set(planned.map((tr) => tr.toLevel));
  const label = [
    t('delegation.area.agreed', { level: levelLabel(area.level ?? 0, t) }),
    ...planned.map((tr) =>
      t('delegation.transitions.item', {
        from: levelLabel(tr.fromLevel, t),
        to: levelLabel(tr.toLevel, t),
        date: formatCalendarDate(tr.dueOn, navigator.language),
      }),
    ),
  ].join('. ');
  return (
    <div role="img" aria-label={label} className="grid grid-cols-7 gap-1">
      {LEVELS.map((level) => (
        <div
          key={level}
          className={clsx(
            'flex flex-col items-center gap-0.5 rounded-md border px-0.5 py-1.5 text-sm',
            level === area.level
              ? 'border-accent bg-accent font-semibold text-on-accent'
              : targets.has(level)
                ? 'border-dashed border-accent text-accent-ink'
                : 'border-line text-ink-muted',
          )}
        >
          <span className="tabular-nums">{level}</span>
          <span className="hidden text-xs sm:block">{levelName(level, t)}</span>
        </div>
      ))}
    </div>
  );
}
