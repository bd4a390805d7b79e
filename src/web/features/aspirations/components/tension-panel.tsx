import { useId, type ReactNode } from 'react';
import type { AspirationDetail } from '../../../../contracts/vision';
import { GapLabel, TensionBand } from '../../../components/ui/tension-band';

/**
 * An aspiration's creative tension, large: the heading with the gap and `meta` beside it, the
 * band from reality (and where it was before, `previousLevel`) to the vision, then `children`.
 * The aspiration's page and its read-only view for the people it is shared with both show it.
 */
export function TensionPanel({
  title,
  aspiration,
  previousLevel,
  meta,
  children,
}: {
  title: string;
  aspiration: AspirationDetail;
  previousLevel: number | null;
  meta: ReactNode;
  children?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-7"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
          {title}
        </h2>
        <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
          {aspiration.tension !== null ? <GapLabel tension={aspiration.tension} /> : null}
          {meta}
        </p>
      </div>
      <TensionBand
        size="lg"
        visionLevel={aspiration.visionLevel}
        realityLevel={aspiration.realityLevel}
        previousRealityLevel={previousLevel}
      />
      {children}
    </section>
  );
}
