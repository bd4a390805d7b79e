import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';

/** 0–10 as a native slider (arrow keys, Home/End, touch) with the number shown beside it. */
export function IntensityField({
  value,
  onChange,
}: {
  value: number;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-end justify-between gap-4">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {t('reactions.form.intensity')}
        </label>
        <output htmlFor={id} aria-hidden className="text-ink">
          <span className="text-2xl font-semibold tabular-nums">{value}</span>
          <span className="text-sm text-ink-muted"> / 10</span>
        </output>
      </div>
      <input
        id={id}
        name="intensity"
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-valuetext={t('reactions.intensityOf', { value })}
        aria-describedby={`${id}-ends`}
        className="h-8 w-full cursor-pointer accent-accent"
      />
      <p id={`${id}-ends`} className="flex justify-between gap-4 text-sm text-ink-muted">
        <span>{t('reactions.form.intensityLow')}</span>
        <span className="text-right">{t('reactions.form.intensityHigh')}</span>
      </p>
    </div>
  );
}
