import { clsx } from 'clsx';
import type { ComponentProps } from 'react';
import { SelectControl, type SelectOption } from './select-control';

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
  options: readonly SelectOption[];
}) {
  return (
    <div className={clsx('relative w-36', className)}>
      <SelectControl
        options={options}
        chevronClassName="right-2.5"
        className={clsx(
          'block h-8 w-full appearance-none rounded-lg border border-line-strong bg-surface pr-8 pl-3',
          'text-sm text-ink transition-colors duration-150 hover:border-ink-muted',
          'focus-visible:border-accent disabled:opacity-60',
        )}
        {...selectProps}
      />
    </div>
  );
}
