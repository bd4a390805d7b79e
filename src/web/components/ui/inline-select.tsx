import { clsx } from 'clsx';
import { ChevronDown } from 'lucide-react';
import type { ComponentProps } from 'react';

/**
 * A small select inside a row (a member's role), named by `aria-label` because the row already
 * says whose it is.
 */
export function InlineSelect({
  options,
  className,
  ...selectProps
}: Omit<ComponentProps<'select'>, 'children'> & {
  'aria-label': string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className={clsx('relative w-36', className)}>
      <select
        className={clsx(
          'block h-8 w-full appearance-none rounded-lg border border-line-strong bg-surface pr-8 pl-3',
          'text-sm text-ink transition-colors duration-150 hover:border-ink-muted',
          'focus-visible:border-accent disabled:opacity-60',
        )}
        {...selectProps}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-ink-muted"
      />
    </div>
  );
}
