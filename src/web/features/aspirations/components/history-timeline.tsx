import { clsx } from 'clsx';
import { Eye, Telescope } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AspirationDetail } from '../../../../contracts/vision';
import { formatDateTime } from '../../../lib/format';
import { timeline, type TimelineEntry } from '../tension-view';

function EntryText({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  if (entry.kind === 'assessment') {
    const { assessment, previous } = entry;
    return (
      <>
        <p className="font-medium text-ink">
          {previous === null
            ? t('vision.history.assessedFirst', { level: assessment.level })
            : t('vision.history.assessed', { level: assessment.level, previous })}
        </p>
        {assessment.evidence ? (
          <p className="max-w-prose font-serif text-[0.9375rem] leading-relaxed whitespace-pre-line text-ink-muted">
            {assessment.evidence}
          </p>
        ) : null}
      </>
    );
  }
  const { revision, change } = entry;
  return (
    <>
      <p className="font-medium text-ink">
        {t(`vision.history.vision.${change}`, {
          level: revision.visionLevel,
          previous: revision.previousVisionLevel ?? 0,
        })}
      </p>
      <p className="max-w-prose font-serif text-[0.9375rem] leading-relaxed whitespace-pre-line text-ink-muted">
        {revision.vision}
      </p>
      {revision.reason ? (
        <p className="max-w-prose text-sm text-ink">
          <span className="font-medium">{t('vision.history.reason')}</span>{' '}
          <span className="font-serif">{revision.reason}</span>
        </p>
      ) : null}
    </>
  );
}

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
