import { useMemo } from 'react';
import { renderMarkdown } from '../../../lib/markdown';

/** Markdown of a shared item, rendered. */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className="markdown max-w-prose font-serif text-[1.0625rem] leading-relaxed break-words text-ink"
      // Sanitized by DOMPurify in renderMarkdown; nothing else is set as HTML.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
