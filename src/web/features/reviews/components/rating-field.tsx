import { clsx } from 'clsx';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { RadioCards } from '../../../components/patterns/radio-cards';

const LEVELS = Array.from({ length: 11 }, (_, i) => i);

/**
 * A 0–10 rating as native radio buttons in a fieldset (arrow keys move, the legend names it),
 * in two rows on phones so each tile stays easy to tap. `null` means not rated yet.
 */
export function RatingField({
  legend,
  value,
  onChange,
  low,
  high,
  children,
}: {
  legend: ReactNode;
  value: number | null;
  onChange: (value: number) => void;
  /** What 0 means here. */
  low: string;
  /** What 10 means here. */
  high: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset aria-describedby={`${id}-ends`} className="flex min-w-0 flex-col gap-2">
      <legend className="mb-2 flex w-full items-baseline justify-between gap-4 text-ink">
        <span className="font-medium">{legend}</span>
        <span aria-hidden className="text-sm text-ink-muted tabular-nums">
          {value === null ? t('review.rating.none') : t('review.rating.of', { value })}
        </span>
      </legend>
      <RadioCards
        name={id}
        options={LEVELS}
        value={value}
        onChange={onChange}
        className="grid grid-cols-6 gap-1.5 sm:grid-cols-11"
        rounded="rounded-lg"
        cardClassName={clsx(
          'flex h-10 items-center justify-center border text-[0.9375rem] font-medium tabular-nums',
          'transition-colors duration-150 motion-reduce:transition-none',
          'border-line bg-surface text-ink-muted peer-hover:border-line-strong peer-hover:text-ink',
          'peer-checked:border-accent peer-checked:bg-accent peer-checked:text-on-accent',
          'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
        )}
      >
        {(level) => level}
      </RadioCards>
      <p id={`${id}-ends`} className="flex justify-between gap-4 text-sm text-ink-muted">
        <span>{t('level.ends', { level: 0, meaning: low })}</span>
        <span className="text-right">{t('level.ends', { level: 10, meaning: high })}</span>
      </p>
      {children}
    </fieldset>
  );
}
