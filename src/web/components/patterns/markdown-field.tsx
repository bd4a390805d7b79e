import { clsx } from 'clsx';
import { useId, useState, type ReactNode } from 'react';
import { describedBy, fieldControlClasses, FieldMessages } from '../ui/field-messages';
import { MarkdownView } from './markdown-view';

/** The words of a Markdown field's Write / Preview toggle, in the caller's own vocabulary. */
export interface MarkdownFieldWords {
  /** The toggle group's accessible name. */
  view: string;
  write: string;
  preview: string;
  /** Shown in the preview while nothing is written. */
  nothing: string;
  /** When given, the preview is a region with this name. */
  previewRegion?: string;
}

/** What the text box of a Markdown field is told: its id and its aria-describedby. */
export interface MarkdownEditorProps {
  id: string;
  describedBy: string | undefined;
}

/**
 * A Markdown text with a Write / Preview toggle above it; the preview is the sanitized HTML
 * readers will see. The text box is a textarea (`name` lets the form's error handling focus it;
 * `textareaClassName` replaces its look), or whatever `editor` draws with the id and description
 * it is given (one that marks limiting language). `whileWriting` shows under it only while
 * writing. The hint stands above the text box, or under it with `hintBelow`.
 */
export function MarkdownField({
  label,
  name,
  value,
  onChange,
  words,
  editor,
  rows = 5,
  maxLength,
  textareaClassName,
  hint,
  hintBelow = false,
  error,
  large = false,
  previewClassName,
  markdownClassName,
  whileWriting,
}: {
  label: string;
  name?: string;
  value: string;
  onChange?: (value: string) => void;
  words: MarkdownFieldWords;
  editor?: (props: MarkdownEditorProps) => ReactNode;
  rows?: number;
  maxLength?: number;
  textareaClassName?: string | string[];
  hint?: string;
  hintBelow?: boolean;
  error?: string;
  /** A label as large as a question heading, for the questions a form is made of. */
  large?: boolean;
  /** The preview box's height and background. */
  previewClassName: string;
  /** The preview's type, when not the default serif. */
  markdownClassName?: string;
  whileWriting?: ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [preview, setPreview] = useState(false);
  const described = describedBy([
    [hintId, Boolean(hint)],
    [errorId, Boolean(error)],
  ]);
  const hintLine = hint ? (
    <p id={hintId} className="text-sm text-ink-muted">
      {hint}
    </p>
  ) : null;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label
          htmlFor={id}
          className={clsx(
            'text-ink',
            large ? 'text-base font-semibold tracking-tight' : 'text-sm font-medium',
          )}
        >
          {label}
        </label>
        <div
          role="group"
          aria-label={words.view}
          className="inline-flex rounded-lg border border-line bg-sunken p-0.5"
        >
          {[false, true].map((showPreview) => (
            <button
              key={String(showPreview)}
              type="button"
              aria-pressed={preview === showPreview}
              onClick={() => setPreview(showPreview)}
              className={clsx(
                'rounded-md px-3 py-1 text-sm font-medium transition-colors duration-150',
                preview === showPreview
                  ? 'bg-surface text-ink shadow-sm'
                  : 'text-ink-muted hover:text-ink',
              )}
            >
              {showPreview ? words.preview : words.write}
            </button>
          ))}
        </div>
      </div>
      {hintBelow ? null : hintLine}
      {preview ? (
        <div
          className={clsx('rounded-lg border border-line px-4 py-3', previewClassName)}
          {...(words.previewRegion
            ? { role: 'region', 'aria-label': words.previewRegion }
            : undefined)}
        >
          {value.trim() ? (
            <MarkdownView source={value} className={markdownClassName} />
          ) : (
            <p className="text-ink-muted">{words.nothing}</p>
          )}
        </div>
      ) : editor ? (
        editor({ id, describedBy: described })
      ) : (
        <textarea
          id={id}
          name={name}
          rows={rows}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange?.(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className={clsx(
            textareaClassName ?? [fieldControlClasses, 'resize-y py-2 leading-relaxed'],
            error ? 'border-danger' : 'border-line-strong',
          )}
        />
      )}
      <FieldMessages
        hint={hintBelow ? hint : undefined}
        hintId={hintId}
        error={error}
        errorId={errorId}
      />
      {preview ? null : whileWriting}
    </div>
  );
}
