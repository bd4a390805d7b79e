import { clsx } from 'clsx';
import { useId, type ReactNode } from 'react';
import { describedBy, FieldMessages } from './field-messages';

/** What a field's control is given, to be named by the label and described by hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A form field's frame: the label, an optional guide under it, the control that `children`
 * draws with the props it is given, then the hint and error lines the control is described by.
 */
export function FieldFrame({
  label,
  hint,
  error,
  guide,
  hideLabel = false,
  className,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  /** Shown between the label and the control, e.g. questions that help to write. */
  guide?: ReactNode;
  /** Hides the label visually (it is still the field's name). */
  hideLabel?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const guideId = `${id}-guide`;
  return (
    <div className={clsx('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className={clsx('text-sm font-medium text-ink', hideLabel && 'sr-only')}>
        {label}
      </label>
      {guide ? (
        <div id={guideId} className="text-sm text-ink-muted">
          {guide}
        </div>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy([
          [guideId, Boolean(guide)],
          [hintId, Boolean(hint)],
          [errorId, Boolean(error)],
        ]),
      })}
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
