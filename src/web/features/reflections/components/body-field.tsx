import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { useMemo, type ChangeEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { MAX_REFLECTION_LENGTH } from '../../../../contracts/reflections';
import { LimitingNote, orderedFindings, type Finding } from '../../../components/ui/limiting-text';
import { MarkdownField } from '../../../components/patterns/markdown-field';
import { SupportNotice } from '../../../components/ui/support-notice';
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
  autoFocus = false,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  hint?: string;
  error?: string;
  /** A new reflection starts here: the text box takes focus. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
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
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const finding of findings) {
    parts.push({ text: value.slice(at, finding.start), marked: false });
    parts.push({ text: value.slice(finding.start, finding.end), marked: true });
    at = finding.end;
  }
  parts.push({ text: value.slice(at), marked: false });

  return (
    <MarkdownField
      label={label}
      value={value}
      hint={hint}
      error={error}
      words={{
        view: t('journal.editor.view'),
        write: t('journal.editor.write'),
        preview: t('journal.editor.preview'),
        nothing: t('journal.editor.nothingToPreview'),
      }}
      previewClassName="min-h-64 bg-surface"
      whileWriting={
        <>
          <SupportNotice show={value.trim() !== '' && analysis.data?.support === true} />
          <LimitingNote findings={findings} />
        </>
      }
      editor={({ id, describedBy }) => (
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
            autoFocus={autoFocus}
            maxLength={MAX_REFLECTION_LENGTH}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
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
    />
  );
}
