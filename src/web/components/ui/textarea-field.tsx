import { clsx } from 'clsx';
import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from './field-frame';
import { fieldControlClasses } from './field-messages';

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
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      guide={guide}
      hideLabel={hideLabel}
      className={className}
    >
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className={clsx(
            fieldControlClasses,
            'resize-y py-2',
            prose && 'leading-relaxed',
            error ? 'border-danger' : 'border-line-strong',
          )}
          {...textareaProps}
        />
      )}
    </FieldFrame>
  );
}
