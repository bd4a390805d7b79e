import { useId } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { LEVEL_MAX, LEVEL_MIN } from '../../../core/tension';
import { describedBy, FieldMessages } from './field-messages';

/**
 * A 0–10 level as a native slider (arrow keys, Home/End, touch), with the chosen number shown
 * large beside the label and the meaning of both ends under the rail.
 */
export function LevelField({
  label,
  name,
  value,
  onChange,
  low,
  high,
  hint,
  error,
}: {
  label: string;
  name: string;
  value: number;
  onChange: (value: number) => void;
  /** What 0 means here, e.g. "Not started". */
  low: string;
  /** What 10 means here, e.g. "Fully there". */
  high: string;
  hint?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const endsId = `${id}-ends`;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-end justify-between gap-4">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {label}
        </label>
        <output htmlFor={id} className="text-ink" aria-hidden>
          <span className="text-2xl font-semibold tabular-nums">{value}</span>
          <span className="text-sm text-ink-muted"> / {LEVEL_MAX}</span>
        </output>
      </div>
      <input
        id={id}
        name={name}
        type="range"
        min={LEVEL_MIN}
        max={LEVEL_MAX}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-valuetext={t('level.valueText', { value, max: LEVEL_MAX })}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([
          [endsId, true],
          [hintId, Boolean(hint)],
          [errorId, Boolean(error)],
        ])}
        className="h-8 w-full cursor-pointer accent-accent"
      />
      <div aria-hidden className="flex justify-between px-1 text-xs text-ink-muted tabular-nums">
        {Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, i) => (
          <span key={i} className="w-3 text-center">
            {LEVEL_MIN + i}
          </span>
        ))}
      </div>
      <p id={endsId} className="flex justify-between gap-4 text-sm text-ink-muted">
        <span>{t('level.ends', { level: LEVEL_MIN, meaning: low })}</span>
        <span className="text-right">{t('level.ends', { level: LEVEL_MAX, meaning: high })}</span>
      </p>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
