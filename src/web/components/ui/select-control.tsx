import { ChevronDown } from 'lucide-react';
import type { ComponentProps } from 'react';

/** One choice of a select. */
export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A native select with its options and the chevron drawn over its right end; put it in a
 * `relative` box. `chevronClassName` places the chevron to suit the select's size.
 */
export function SelectControl({
  options,
  chevronClassName,
  ...selectProps
}: Omit<ComponentProps<'select'>, 'children'> & {
  options: readonly SelectOption[];
  chevronClassName: string;
}) {
  return (
    <>
      <select {...selectProps}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ChevronDown
        aria-hidden
        className={`pointer-events-none absolute top-1/2 ${chevronClassName} size-4 -translate-y-1/2 text-ink-muted`}
      />
    </>
  );
}
