import { clsx } from 'clsx';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_INSIGHTS_LENGTH } from '../../../../contracts/learning';
import { renderMarkdown } from '../../../lib/markdown';

/**
 * Insights in Markdown with a Write / Preview toggle. The preview is marked → DOMPurify output
 * only, the same as the item's page shows.
 */
export function InsightsField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const html = useMemo(() => (preview ? renderMarkdown(value) : ''), [preview, value]);
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {t('learning.form.insights')}
        </label>
        <div
          role="group"
          aria-label={t('learning.form.view')}
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
              {showPreview ? t('learning.form.preview') : t('learning.form.write')}
            </button>
          ))}
        </div>
      </div>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t('learning.form.insightsHint')}
      </p>
      {preview ? (
        <div className="min-h-40 rounded-lg border border-line bg-sunken/40 px-4 py-3">
          {value.trim() ? (
            <div
              className="markdown max-w-prose font-serif leading-relaxed break-words text-ink"
              // Sanitized by DOMPurify in renderMarkdown; nothing else is set as HTML.
              dangerouslySetInnerHTML={{ __html: html }}
            />
          ) : (
            <p className="text-ink-muted">{t('learning.form.nothingToPreview')}</p>
          )}
        </div>
      ) : (
        <textarea
          id={id}
          name="insights"
          value={value}
          rows={6}
          maxLength={MAX_INSIGHTS_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
          className={clsx(
            'block min-h-40 w-full resize-y rounded-lg border bg-surface px-4 py-3 font-serif text-base leading-relaxed text-ink',
            'transition-colors duration-150 placeholder:text-ink-muted hover:border-ink-muted focus-visible:border-accent',
            error ? 'border-danger' : 'border-line-strong',
          )}
        />
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
