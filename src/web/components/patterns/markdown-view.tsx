import { clsx } from 'clsx';
import { useMemo } from 'react';
import { renderMarkdown } from '../../lib/markdown';

/**
 * Markdown shown as sanitized HTML (marked, then DOMPurify) at a comfortable reading measure,
 * with `phrases` (limiting language, in text order) gently marked. `className` replaces the
 * default serif type.
 */
export function MarkdownView({
  source,
  phrases,
  className,
}: {
  source: string;
  phrases?: readonly string[];
  className?: string;
}) {
  // Phrases join into one key so a new array with the same phrases does not render again.
  const key = phrases?.join('\u0000') ?? '';
  const html = useMemo(() => renderMarkdown(source, key ? key.split('\u0000') : []), [source, key]);
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
