import { HeartHandshake } from 'lucide-react';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { useCrisisResources } from '../../lib/crisis-resources';

// Markdown (marked, DOMPurify) is loaded only when the notice shows: not on Today's first load.
const MarkdownView = lazy(() =>
  import('../patterns/markdown-view').then((m) => ({ default: m.MarkdownView })),
);

/**
 * A calm, short message with help the person can reach now, shown when what they wrote speaks
 * of wanting to die or to harm themselves (`show`, from the server's `support`). Never a
 * diagnosis, never stored: it is there only while the answer that asked for it is on screen.
 */
export function SupportNotice({ show }: { show: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const resources = useCrisisResources(show);
  if (!show) return null;
  return (
    <section
      aria-labelledby={headingId}
      data-testid="support-notice"
      className="flex items-start gap-3 rounded-lg border border-line bg-accent-soft px-4 py-3.5 text-ink"
    >
      <HeartHandshake aria-hidden className="mt-0.5 size-5 shrink-0 text-accent-ink" />
      <div className="flex min-w-0 flex-col gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t('language.support.title')}
        </h2>
        <p className="text-sm">{t('language.support.body')}</p>
        <Suspense fallback={null}>
          <MarkdownView source={resources} className="text-sm" />
        </Suspense>
      </div>
    </section>
  );
}
