import { ChevronRight } from 'lucide-react';
import { useId, type ReactNode } from 'react';

/**
 * The archived (or ended) part of a list page, folded away under a line that says how many
 * there are; opening it shows their rows (`children`, `<li>`s such as `PairSpaceArchivedRow`).
 * It fits any list page with an archive (practices' archived ones too).
 *
 * @example
 * {archived.length > 0 ? (
 *   <PairSpaceArchive label={t('x.archived', { count: archived.length })}>{rows}</PairSpaceArchive>
 * ) : null}
 */
export function PairSpaceArchive({ label, children }: { label: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <details className="group rounded-xl border border-line">
      <summary className="flex cursor-pointer items-center gap-2 rounded-xl px-4 py-3 text-[0.9375rem] font-medium text-ink marker:content-none hover:bg-sunken">
        <ChevronRight
          aria-hidden
          className="size-4 text-ink-muted transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
        />
        <span id={headingId}>{label}</span>
      </summary>
      <ul aria-labelledby={headingId} className="divide-y divide-line border-t border-line">
        {children}
      </ul>
    </details>
  );
}
