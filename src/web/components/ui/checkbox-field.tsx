import { clsx } from 'clsx';
import { useId, type ComponentProps } from 'react';

type CheckboxFieldProps = Omit<ComponentProps<'input'>, 'id' | 'type'> & {
  label: string;
  hint?: string;
};

/** A labelled checkbox with an optional hint under its label. */
export function CheckboxField({ label, hint, className, ...inputProps }: CheckboxFieldProps) {
  const hintId = useId();
  return (
    <label className={clsx('flex items-start gap-3', className)}>
      <input
        type="checkbox"
        aria-describedby={hint ? hintId : undefined}
        className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent"
        {...inputProps}
      />
      <span className="flex flex-col gap-0.5">
        <span className="text-[0.9375rem] font-medium text-ink">{label}</span>
        {hint ? (
          <span id={hintId} className="text-sm text-ink-muted">
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}
