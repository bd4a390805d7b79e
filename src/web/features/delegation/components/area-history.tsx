import type { TFunction } from '../../../lib/words';
import { ChevronRight } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { Agreement, Area, AreaEvent } from '../../../../contracts/delegation';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { levelLabel } from '../level-words';

/** One event of an area's history in words. */
function eventText(event: AreaEvent, agreement: Agreement, t: TFunction): string {
  const name = event.by?.name ?? t('delegation.history.someone');
  const level = (value: number | null) => (value === null ? '' : levelLabel(value, t));
  const date = (value: string | null) =>
    value === null ? '' : formatCalendarDate(value, navigator.language);
  switch (event.kind) {
    case 'area_added':
      return t('delegation.history.area_added', { name });
    case 'poker_started':
      return t('delegation.history.poker_started', { name });
    case 'revealed':
      return t('delegation.history.revealed', {
        leader: agreement.leader.name,
        member: agreement.member.name,
        leaderLevel: level(event.leaderLevel),
        memberLevel: level(event.memberLevel),
      });
    case 'proposed':
      return t('delegation.history.proposed', { name, level: level(event.level) });
    case 'proposal_withdrawn':
      return t('delegation.history.proposal_withdrawn', { name, level: level(event.level) });
    case 'agreed':
      return event.by
        ? t('delegation.history.agreed', { name, level: level(event.level) })
        : t('delegation.history.agreedTogether', { level: level(event.level) });
    case 'transition_planned':
      return t('delegation.history.transition_planned', {
        name,
        from: level(event.fromLevel),
        to: level(event.level),
        date: date(event.dueOn),
      });
    case 'transition_cancelled':
      return t('delegation.history.transition_cancelled', {
        name,
        from: level(event.fromLevel),
        to: level(event.level),
      });
    case 'transition_reached':
      return t('delegation.history.transition_reached', {
        to: level(event.level),
        date: date(event.dueOn),
      });
  }
}

/**
 * Everything that happened to a decision area, newest first, with who and when: reveals,
 * proposals, agreed levels, planned, cancelled and reached transitions. Folded away at first.
 */
export function AreaHistory({
  agreement,
  area,
  timeZone,
}: {
  agreement: Agreement;
  area: Area;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const events = [...area.history].reverse();
  return (
    <details className="group">
      <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded-lg py-1 text-sm font-medium text-ink-muted marker:content-none hover:text-ink">
        <ChevronRight
          aria-hidden
          className="size-4 transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
        />
        {t('delegation.history.title', { count: events.length })}
      </summary>
      <ol className="mt-3 ml-2 flex flex-col gap-3 border-l border-line pl-4">
        {events.map((event) => (
          <li key={event.id} className="flex flex-col gap-0.5">
            <time dateTime={event.at} className="text-xs text-ink-muted">
              {formatDateTime(event.at, navigator.language, timeZone)}
            </time>
            <span className="text-[0.9375rem] text-ink">{eventText(event, agreement, t)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
