import { useTranslation } from '../../../lib/use-translation';
import type { TimelineEntry } from '../tension-view';

/** What one entry of an aspiration's history says. */
export function EntryText({ entry }: { entry: TimelineEntry }) {
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
