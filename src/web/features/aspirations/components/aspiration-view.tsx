import { Eye, Telescope } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationDetail } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { formatDate } from '../../../lib/format';
import type { ShareControl } from '../../../lib/share-control';
import { useReclaimFocus } from '../../../lib/use-reclaim-focus';
import { previousAssessment } from '../tension-view';
import { ActionSteps } from './action-steps';
import { AssessRealityDialog } from './assess-reality-dialog';
import { ChangeVisionDialog } from './change-vision-dialog';
import { DomainLabel } from './domain';
import { ErodingNote } from './eroding-note';
import { RealityChange } from './reality-change';
import { StatusBadge } from './status-badge';
import { StatusActions } from './status-actions';
import { HistoryTimeline } from './history-timeline';
import { TensionChart } from './tension-chart';
import { TensionPanel } from './tension-panel';

/** One aspiration as its owner works on it: what it is, its tension, the chart, steps, history, status. */
export function AspirationView({
  aspiration,
  timeZone,
  ShareControl,
}: {
  aspiration: AspirationDetail;
  timeZone: string;
  ShareControl?: ShareControl;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useReclaimFocus(headingRef);
  const chartId = useId();
  const [assessOpen, setAssessOpen] = useState(false);
  const [changeOpen, setChangeOpen] = useState(false);
  // A new key per opening: each dialog starts from the aspiration as it is now.
  const [openings, setOpenings] = useState(0);
  const archived = aspiration.status === 'achieved' || aspiration.status === 'released';
  const previous = previousAssessment(aspiration.assessments);

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <DomainLabel domain={aspiration.domain} />
          <StatusBadge status={aspiration.status} />
          {ShareControl ? (
            <ShareControl
              itemType="aspiration"
              itemId={aspiration.id}
              itemTitle={aspiration.title}
            />
          ) : null}
        </div>
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-semibold tracking-tight text-balance text-ink"
        >
          {aspiration.title}
        </h1>
        <div className="flex flex-col gap-1">
          <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
            {t('vision.aspiration.visionLabel')}
          </p>
          <p className="max-w-prose font-serif text-lg leading-relaxed whitespace-pre-line text-ink">
            {aspiration.vision}
          </p>
        </div>
        {archived ? (
          <div className="mt-2 flex flex-col gap-1 rounded-xl border border-line bg-sunken p-4">
            <p className="text-sm font-medium text-ink">
              {t(`vision.status.archivedOn.${aspiration.status as 'achieved' | 'released'}`, {
                date: formatDate(aspiration.updatedAt, navigator.language, timeZone),
              })}
            </p>
            {aspiration.statusNote ? (
              <p className="max-w-prose font-serif text-[0.9375rem] leading-relaxed whitespace-pre-line text-ink-muted">
                {aspiration.statusNote}
              </p>
            ) : null}
          </div>
        ) : (
          <div className="mt-2 flex flex-wrap gap-2">
            <Button
              variant="primary"
              icon={<Eye aria-hidden className="size-4" />}
              onClick={() => {
                setOpenings((n) => n + 1);
                setAssessOpen(true);
              }}
            >
              {t('vision.reality.open')}
            </Button>
            <Button
              icon={<Telescope aria-hidden className="size-4" />}
              onClick={() => {
                setOpenings((n) => n + 1);
                setChangeOpen(true);
              }}
            >
              {t('vision.change.open')}
            </Button>
          </div>
        )}
      </header>

      <TensionPanel
        title={t('tension.creativeTension')}
        aspiration={aspiration}
        previousLevel={previous?.level ?? null}
        meta={<RealityChange assessments={aspiration.assessments} timeZone={timeZone} />}
      >
        {aspiration.realityLevel === null && !archived ? (
          <FormAlert tone="info">{t('vision.aspiration.assessFirst')}</FormAlert>
        ) : null}
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div className="flex flex-col gap-0.5">
            <dt className="font-medium text-accent-ink">{t('tension.vision')}</dt>
            <dd className="text-ink-muted">{t('tension.explainVision')}</dd>
          </div>
          <div className="flex flex-col gap-0.5">
            <dt className="font-medium text-ink">{t('tension.currentReality')}</dt>
            <dd className="text-ink-muted">{t('tension.explainReality')}</dd>
          </div>
          <div className="flex flex-col gap-0.5">
            <dt className="font-medium text-ink">{t('tension.creativeTension')}</dt>
            <dd className="text-ink-muted">{t('tension.explainTension')}</dd>
          </div>
        </dl>
      </TensionPanel>

      {aspiration.eroding ? (
        <ErodingNote
          visionDrop={aspiration.erosion.visionDrop}
          realityRise={aspiration.erosion.realityRise}
          reasons={aspiration.erosion.reasons}
        />
      ) : null}

      <section aria-labelledby={chartId} className="flex flex-col gap-3">
        <h2 id={chartId} className="text-lg font-semibold tracking-tight text-ink">
          {t('vision.chart.title')}
        </h2>
        {aspiration.history.length > 0 ? (
          <TensionChart history={aspiration.history} timeZone={timeZone} />
        ) : null}
        {aspiration.assessments.length < 2 ? (
          <p className="text-sm text-ink-muted">{t('vision.chart.early')}</p>
        ) : null}
      </section>

      <ActionSteps aspirationId={aspiration.id} steps={aspiration.steps} readOnly={archived} />

      <HistoryTimeline aspiration={aspiration} timeZone={timeZone} />

      <div className="border-t border-line pt-8">
        <StatusActions aspiration={aspiration} />
      </div>

      <AssessRealityDialog
        key={`assess-${openings}`}
        aspiration={aspiration}
        open={assessOpen}
        onOpenChange={setAssessOpen}
      />
      <ChangeVisionDialog
        key={`change-${openings}`}
        aspiration={aspiration}
        open={changeOpen}
        onOpenChange={setChangeOpen}
      />
    </div>
  );
}
