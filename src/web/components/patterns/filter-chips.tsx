import { clsx } from 'clsx';

/**
 * A row of pressable chips that narrows a list to one value (`null` usually stands for "all"):
 * the chosen chip is pressed (`aria-pressed`), the group is named by `label`.
 *
 * @example
 * <FilterChips label={t('beliefs.show')} value={kind} onChange={setKind}
 *   options={[{ value: null, label: t('beliefs.all') }, { value: 'limiting', label: … }]} />
 */
export function FilterChips<V extends string | null>({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  className?: string;
}) {
  return (
    <div className={clsx('flex flex-wrap gap-1.5', className)} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value ?? 'all'}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={clsx(
            'rounded-full border px-3 py-1 text-sm transition-colors duration-150',
            value === option.value
              ? 'border-accent bg-accent-soft font-medium text-accent-ink'
              : 'border-line bg-surface text-ink-muted hover:border-line-strong hover:text-ink',
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
