import { clsx } from 'clsx';
import { ChevronRight } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { MAX_REVIEW_TEXT } from '../../../../contracts/reviews';
import type { AspirationSummary } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { RatingField } from './rating-field';
import type { RealityDraft } from './reality-draft';

/** One aspiration's current reality in the weekly review, to keep or change. */
export function RealityRow({
  aspiration,
  draft,
  onChange,
}: {
  aspiration: AspirationSummary;
  draft: RealityDraft | undefined;
  onChange: (patch: Partial<RealityDraft>) => void;
}) {
  const { t } = useTranslation();
  const panelId = useId();
  const open = draft?.open ?? false;
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="flex min-w-0 flex-col">
          <span className="font-medium break-words text-ink">{aspiration.title}</span>
          <span className="text-sm text-ink-muted">
            {aspiration.realityLevel === null
              ? t('review.steps.reality.notAssessed', { vision: aspiration.visionLevel })
              : t('review.steps.reality.levels', {
                  reality: aspiration.realityLevel,
                  vision: aspiration.visionLevel,
                })}
          </span>
        </div>
        <Button
          size="sm"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => onChange({ open: !open })}
          icon={
            <ChevronRight
              aria-hidden
              className={clsx(
                'size-4 transition-transform duration-150 motion-reduce:transition-none',
                open && 'rotate-90',
              )}
            />
          }
        >
          {t('review.steps.reality.open')}
        </Button>
      </div>
      <div id={panelId} hidden={!open} className="flex flex-col gap-3">
        {open ? (
          <RatingField
            legend={t('review.steps.reality.level', { title: aspiration.title })}
            value={draft?.level ?? null}
            onChange={(level) => onChange({ level })}
            low={t('review.steps.reality.low')}
            high={t('review.steps.reality.high')}
          >
            <TextareaField
              label={t('review.steps.reality.evidence')}
              hint={t('review.steps.reality.evidenceHint')}
              value={draft?.evidence ?? ''}
              onChange={(event) => onChange({ evidence: event.target.value })}
              maxLength={MAX_REVIEW_TEXT}
              rows={2}
              className="mt-2"
            />
          </RatingField>
        ) : null}
      </div>
    </li>
  );
}
