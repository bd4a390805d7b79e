import { clsx } from 'clsx';
import { useMemo } from 'react';
import { renderMarkdown } from '../../../lib/markdown';

/** Markdown written by the team, shown as sanitized HTML at a comfortable reading measure. */
export function MarkdownText({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className={clsx(
        'markdown max-w-prose leading-relaxed break-words text-ink',
        className ?? 'font-serif text-[1.0625rem]',
      )}
      // Sanitized by DOMPurify in renderMarkdown; nothing else is set as HTML.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
