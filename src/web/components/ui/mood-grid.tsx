import { clsx } from 'clsx';
import { useId, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { MOOD_MAX, MOOD_MIN, moveOnGrid, type MoodPoint } from '../../lib/mood-grid';

const LEVELS = Array.from({ length: MOOD_MAX - MOOD_MIN + 1 }, (_, i) => MOOD_MIN + i);
const key = ({ pleasantness, energy }: MoodPoint) => `${pleasantness}:${energy}`;

/** A minus sign, not a hyphen, for the negative levels people read. */
export const signedLevel = (n: number) => (n < 0 ? `−${-n}` : String(n));

export interface MoodGridHandle {
  focus: () => void;
}

/**
 * The two-axis mood grid (pleasantness left to right, energy bottom to top, each −5..5) as one
 * radio group that arrow keys move across. Controlled: `value` is the chosen point or null.
 * `handle.focus()` moves focus into the grid (e.g. after "choose a point first").
 */
export function MoodGrid({
  value,
  onChange,
  invalid = false,
  label,
  handle,
}: {
  value: MoodPoint | null;
  onChange: (point: MoodPoint) => void;
  invalid?: boolean;
  label?: string;
  handle?: Ref<MoodGridHandle>;
}) {
  const { t } = useTranslation();
  const gridLabelId = useId();
  const keysId = useId();
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const focusTarget = value ?? { pleasantness: 0, energy: 0 };
  const targetKey = key(focusTarget);
  useImperativeHandle(handle, () => ({ focus: () => cells.current.get(targetKey)?.focus() }), [
    targetKey,
  ]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, from: MoodPoint) => {
    const next = moveOnGrid(from, event.key);
    if (!next) return;
    event.preventDefault();
    onChange(next);
    cells.current.get(key(next))?.focus();
  };
  const rows = [...LEVELS].reverse(); // high energy on top

  return (
    <div className="flex flex-col items-center gap-1.5">
      <span id={gridLabelId} className="sr-only">
        {label ?? t('mood.grid')}
      </span>
      <span aria-hidden className="text-xs font-medium text-ink-muted">
        {t('mood.highEnergy')} ↑
      </span>
      <div
        role="radiogroup"
        aria-labelledby={gridLabelId}
        aria-describedby={keysId}
        aria-invalid={invalid || undefined}
        className="relative grid grid-cols-11 rounded-lg border border-line bg-paper p-1"
      >
        {/* The axes: the middle row and column. */}
        <span
          aria-hidden
          className="pointer-events-none absolute inset-x-1 top-1/2 h-px -translate-y-1/2 bg-line"
        />
        <span
          aria-hidden
          className="pointer-events-none absolute inset-y-1 left-1/2 w-px -translate-x-1/2 bg-line"
        />
        {rows.map((energy) =>
          LEVELS.map((pleasantness) => {
            const cell = { pleasantness, energy };
            const selected = value?.pleasantness === pleasantness && value.energy === energy;
            const isTarget =
              focusTarget.pleasantness === pleasantness && focusTarget.energy === energy;
            return (
              <button
                key={key(cell)}
                ref={(element) => {
                  if (element) cells.current.set(key(cell), element);
                  else cells.current.delete(key(cell));
                }}
                type="button"
                role="radio"
                aria-checked={selected}
                aria-label={t('mood.cell', {
                  pleasantness: signedLevel(pleasantness),
                  energy: signedLevel(energy),
                })}
                tabIndex={isTarget ? 0 : -1}
                onClick={() => onChange(cell)}
                onKeyDown={(event) => onKeyDown(event, cell)}
                className="group relative flex size-6 items-center justify-center rounded-md hover:bg-sunken"
              >
                <span
                  aria-hidden
                  className={clsx(
                    'rounded-full transition-all duration-150 motion-reduce:transition-none',
                    selected
                      ? 'size-4 bg-accent ring-2 ring-accent/30'
                      : 'size-1.5 bg-line-strong/60 group-hover:bg-ink-muted',
                  )}
                />
              </button>
            );
          }),
        )}
      </div>
      <span aria-hidden className="text-xs font-medium text-ink-muted">
        ↓ {t('mood.lowEnergy')}
      </span>
      <span
        aria-hidden
        className="flex w-full max-w-[17rem] justify-between text-xs font-medium text-ink-muted"
      >
        <span>← {t('mood.unpleasant')}</span>
        <span>{t('mood.pleasant')} →</span>
      </span>
      <p id={keysId} className="sr-only">
        {t('mood.keys')}
      </p>
    </div>
  );
}
