import { clsx } from 'clsx';
import { ChevronRight, PenLine } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { levelLabel } from '../level-words';
import { AreaHistory } from './area-history';
import type { AreaCardProps } from './area-card-props';
import { LevelRail } from './level-rail';
import { OpenRound } from './open-round';
import { Reveal } from './reveal';
import { ProposalBlock } from './proposal-block';
import { Transitions } from './transitions';
import { EditAreaDialog } from './edit-area-dialog';

/**
 * One decision area: its agreed level, the current round of delegation poker (my card chosen
 * privately, the other's only once both have chosen), a proposal to confirm, planned
 * transitions, and the history.
 */
export function AreaCard({ agreement, area, timeZone }: AreaCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const open = area.poker !== null && area.poker.revealed === null;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-6 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <h2
            id={headingId}
            className="min-w-0 text-xl font-semibold tracking-tight break-words text-ink"
          >
            {area.title}
          </h2>
          <div className="flex shrink-0 items-center gap-1">
            <span
              className={clsx(
                'rounded-full px-3 py-1 text-sm font-medium',
                area.level === null ? 'bg-sunken text-ink-muted' : 'bg-accent-soft text-accent-ink',
              )}
            >
              {area.level === null
                ? t('delegation.area.notAgreed')
                : t('delegation.area.agreed', { level: levelLabel(area.level, t) })}
            </span>
            {agreement.canAct ? (
              <Button
                size="sm"
                variant="ghost"
                icon={<PenLine aria-hidden className="size-4" />}
                onClick={() => setEditing(true)}
                aria-label={`${t('delegation.area.edit')}: ${area.title}`}
              >
                {t('delegation.area.edit')}
              </Button>
            ) : null}
          </div>
        </div>
        {area.note ? (
          <p className="max-w-prose text-[0.9375rem] whitespace-pre-line text-ink-muted">
            {area.note}
          </p>
        ) : null}
      </header>

      {area.level !== null ? <LevelRail area={area} /> : null}
      {area.poker && open ? (
        // A new round starts from a fresh card choice.
        <OpenRound key={area.poker.roundId} agreement={agreement} area={area} poker={area.poker} />
      ) : null}
      {area.poker && !open ? <Reveal agreement={agreement} area={area} poker={area.poker} /> : null}
      {!open && agreement.canAct ? (
        area.level === null || area.proposal ? (
          <ProposalBlock agreement={agreement} area={area} />
        ) : (
          // Once agreed, changing the level is one deliberate step away.
          <details className="group">
            <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded-lg py-1 text-sm font-medium text-ink-muted marker:content-none hover:text-ink">
              <ChevronRight
                aria-hidden
                className="size-4 transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
              />
              {t('delegation.area.changeLevel')}
            </summary>
            <div className="mt-3">
              <ProposalBlock agreement={agreement} area={area} />
            </div>
          </details>
        )
      ) : null}
      {area.level !== null || area.transitions.length > 0 ? (
        <Transitions agreement={agreement} area={area} timeZone={timeZone} />
      ) : null}
      <AreaHistory agreement={agreement} area={area} timeZone={timeZone} />
      <EditAreaDialog agreement={agreement} area={area} open={editing} onOpenChange={setEditing} />
    </section>
  );
}
