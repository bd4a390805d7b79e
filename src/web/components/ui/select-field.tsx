import { clsx } from 'clsx';
import type { ComponentProps } from 'react';
import { FieldFrame } from './field-frame';
import { fieldControlClasses } from './field-messages';
import { SelectControl, type SelectOption } from './select-control';

export type { SelectOption } from './select-control';

type SelectFieldProps = Omit<ComponentProps<'select'>, 'id' | 'children'> & {
  label: string;
  options: readonly SelectOption[];
  hint?: string;
  error?: string;
};

/** A labelled native select, styled to match the text fields. */
export function SelectField({
  label,
  options,
  hint,
  error,
  className,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="relative">
          <SelectControl
            {...control}
            options={options}
            chevronClassName="right-3"
            className={clsx(
              fieldControlClasses,
              'h-10 appearance-none pr-10',
              error ? 'border-danger' : 'border-line-strong',
            )}
            {...selectProps}
          />
        </div>
      )}
    </FieldFrame>
  );
}
