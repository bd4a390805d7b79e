import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REFLECTION_LENGTH } from '../../../../contracts/reflections';
import { LimitingNote, orderedFindings, type Finding } from '../../../components/ui/limiting-text';
import { renderMarkdown } from '../../../lib/markdown';
import { useDebounced } from '../../../lib/use-debounced';
import { findLimitingLanguage } from '../api';

/**
 * Findings for an earlier version of the text, moved onto the current one: kept where the
 * phrase still stands at its place, or where everything before it grew or shrank by the same
 * amount (typing earlier in the text); dropped otherwise until the next answer.
 */
function alignFindings(findings: readonly Finding[], analyzed: string, current: string): Finding[] {
  if (analyzed === current) return [...findings];
  const shift = current.length - analyzed.length;
  return findings.flatMap((finding) => {
    for (const by of [0, shift]) {
      const start = finding.start + by;
      if (current.slice(start, finding.end + by) === finding.text)
        return [{ ...finding, start, end: finding.end + by }];
    }
    return [];
  });
}

const shared =
  'col-start-1 row-start-1 min-h-64 rounded-lg border px-4 py-3 font-serif text-[1.0625rem] leading-relaxed break-words whitespace-pre-wrap';

/**
 * The Markdown body of a reflection: a comfortable serif box that grows with the text, with
 * limiting language gently marked behind the words as one writes (asked of the server after a
 * pause), and a Write / Preview toggle. The preview is marked → DOMPurify output only.
 */
export function BodyField({
  value,
  onChange,
  label,
  hint,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  hint?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const settled = useDebounced(value, 500);
  const analysis = useQuery({
    queryKey: ['limiting-language', settled],
    enabled: settled.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    queryFn: async () => ({ text: settled, ...(await findLimitingLanguage(settled)) }),
  });
  const findings = useMemo(() => {
    if (!value.trim() || !analysis.data) return [];
    return orderedFindings(
      alignFindings(analysis.data.findings, analysis.data.text, value),
      value.length,
    );
  }, [analysis.data, value]);
  const html = useMemo(() => (preview ? renderMarkdown(value) : ''), [preview, value]);

  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const finding of findings) {
    parts.push({ text: value.slice(at, finding.start), marked: false });
    parts.push({ text: value.slice(finding.start, finding.end), marked: true });
    at = finding.end;
  }
  parts.push({ text: value.slice(at), marked: false });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {label}
        </label>
        <div
          role="group"
          aria-label={t('journal.editor.view')}
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
              {showPreview ? t('journal.editor.preview') : t('journal.editor.write')}
            </button>
          ))}
        </div>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {preview ? (
        <div className="min-h-64 rounded-lg border border-line bg-surface px-4 py-3">
          {value.trim() ? (
            <div
              className="markdown max-w-prose font-serif text-[1.0625rem] leading-relaxed text-ink"
              // Sanitized by DOMPurify in renderMarkdown; nothing else is set as HTML.
              dangerouslySetInnerHTML={{ __html: html }}
            />
          ) : (
            <p className="text-ink-muted">{t('journal.editor.nothingToPreview')}</p>
          )}
        </div>
      ) : (
        <div className="grid">
          <div
            aria-hidden
            className={clsx(shared, 'border-transparent bg-surface text-transparent')}
          >
            {parts.map((part, index) =>
              part.marked ? (
                <mark
                  key={index}
                  className="rounded-sm bg-accent-soft text-transparent underline decoration-accent decoration-dotted underline-offset-4"
                >
                  {part.text}
                </mark>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
            {/* A trailing line keeps the box one line taller than the text, like a textarea. */}
            {'\n '}
          </div>
          <textarea
            id={id}
            value={value}
            maxLength={MAX_REFLECTION_LENGTH}
            aria-invalid={error ? true : undefined}
            aria-describedby={
              [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
              undefined
            }
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
            placeholder={t('journal.editor.bodyPlaceholder')}
            className={clsx(
              shared,
              'resize-none overflow-hidden bg-transparent text-ink transition-colors duration-150 placeholder:text-ink-muted',
              error ? 'border-danger' : 'border-line-strong',
            )}
          />
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {!preview ? <LimitingNote findings={findings} /> : null}
    </div>
  );
}
