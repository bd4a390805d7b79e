import { clsx } from 'clsx';
import { useMemo } from 'react';
import { renderMarkdown } from '../../../lib/markdown';

/** Markdown written in a 1:1, shown as sanitized HTML. */
export function MarkdownText({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className={clsx('markdown max-w-prose leading-relaxed break-words text-ink', className)}
      // Sanitized by DOMPurify in renderMarkdown; nothing else is set as HTML.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
