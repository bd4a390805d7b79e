import { clsx } from 'clsx';
import { Eye, Telescope } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationDetail } from '../../../../contracts/vision';
import { formatDateTime } from '../../../lib/format';
import { timeline } from '../tension-view';
import { EntryText } from './entry-text';

/**
 * Every version of the vision (with the reason for each lowering) and every reality
 * assessment (with its evidence), newest first. Nothing here is ever rewritten.
 */
export function HistoryTimeline({
  aspiration,
  timeZone,
}: {
  aspiration: AspirationDetail;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const entries = timeline(aspiration.revisions, aspiration.assessments);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
        {t('vision.history.title')}
      </h2>
      <p className="max-w-prose text-sm text-ink-muted">{t('vision.history.explain')}</p>
      <ol className="relative mt-1 flex flex-col gap-6 border-l border-line pl-6">
        {entries.map((entry) => {
          const Icon = entry.kind === 'assessment' ? Eye : Telescope;
          return (
            <li key={`${entry.kind}-${entry.id}`} className="relative flex flex-col gap-1">
              <span
                aria-hidden
                className={clsx(
                  'absolute top-0 -left-[2.4rem] flex size-7 items-center justify-center rounded-full border bg-surface',
                  entry.kind === 'assessment'
                    ? 'border-line-strong text-ink'
                    : 'border-accent/50 text-accent-ink',
                )}
              >
                <Icon className="size-3.5" />
              </span>
              <time dateTime={entry.at} className="text-xs text-ink-muted">
                {formatDateTime(entry.at, navigator.language, timeZone)}
              </time>
              <EntryText entry={entry} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
