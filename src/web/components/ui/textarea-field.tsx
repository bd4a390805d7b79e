import { clsx } from 'clsx';
import { useId, type ComponentProps, type ReactNode } from 'react';
import { describedBy, fieldControlClasses, FieldMessages } from './field-messages';

type TextareaFieldProps = Omit<ComponentProps<'textarea'>, 'id'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Shown between the label and the box, e.g. questions that help to write. */
  guide?: ReactNode;
  /** Hides the label visually (it is still the field's name), e.g. where a heading says it. */
  hideLabel?: boolean;
  /** For writing at length (a vision, evidence, a reflection): looser lines, easier to reread. */
  prose?: boolean;
};

/** A labelled multi-line text box; its hint and error are announced with it. */
export function TextareaField({
  label,
  hint,
  error,
  guide,
  hideLabel = false,
  prose = false,
  rows = 4,
  className,
  ...textareaProps
}: TextareaFieldProps) {
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
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([
          [guideId, Boolean(guide)],
          [hintId, Boolean(hint)],
          [errorId, Boolean(error)],
        ])}
        className={clsx(
          fieldControlClasses,
          'resize-y py-2',
          prose && 'leading-relaxed',
          error ? 'border-danger' : 'border-line-strong',
        )}
        {...textareaProps}
      />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
