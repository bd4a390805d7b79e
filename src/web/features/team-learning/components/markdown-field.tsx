import { clsx } from 'clsx';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describedBy,
  fieldControlClasses,
  FieldMessages,
} from '../../../components/ui/field-messages';
import { MarkdownText } from './markdown-text';

/**
 * A Markdown text box with a Write / Preview toggle; the preview is the sanitized HTML that
 * readers will see. `name` lets the form's error handling focus it.
 */
export function MarkdownField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  maxLength,
  rows = 5,
  large = false,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  maxLength?: number;
  rows?: number;
  /** A label as large as a question heading, for the questions a form is made of. */
  large?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [preview, setPreview] = useState(false);
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
          aria-label={t('teamLearning.markdown.view', { field: label })}
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
              {showPreview ? t('teamLearning.markdown.preview') : t('teamLearning.markdown.write')}
            </button>
          ))}
        </div>
      </div>
      {preview ? (
        <div
          className="min-h-32 rounded-lg border border-line bg-paper px-4 py-3"
          aria-label={t('teamLearning.markdown.previewOf', { field: label })}
          role="region"
        >
          {value.trim() ? (
            <MarkdownText source={value} />
          ) : (
            <p className="text-ink-muted">{t('teamLearning.markdown.nothing')}</p>
          )}
        </div>
      ) : (
        <textarea
          id={id}
          name={name}
          rows={rows}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy([
            [hintId, Boolean(hint)],
            [errorId, Boolean(error)],
          ])}
          className={clsx(
            fieldControlClasses,
            'resize-y py-2 leading-relaxed',
            error ? 'border-danger' : 'border-line-strong',
          )}
        />
      )}
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
