import type { SearchResult } from '../../../../contracts/search';
import { plainInline } from '../journal-words';

/** A search snippet: the server's parts as text, the matching ones in <mark>; never HTML. */
export function SnippetText({ parts }: { parts: SearchResult['snippet'] }) {
  return (
    <p className="max-w-prose font-serif text-[0.9375rem] leading-relaxed break-words text-ink-muted">
      {parts.map((part, index) =>
        part.highlight ? (
          <mark key={index} className="rounded-sm bg-accent-soft px-0.5 font-medium text-ink">
            {plainInline(part.text)}
          </mark>
        ) : (
          <span key={index}>{plainInline(part.text)}</span>
        ),
      )}
    </p>
  );
}
