import { History } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { CarriedActionItem } from '../../../../contracts/after-action-reviews';
import { FormAlert } from '../../../components/ui/form-alert';
import { formatCalendarDate } from '../../../lib/format';
import { describeError } from '../../../lib/form-errors';
import { groupByReview } from '../action-items-view';
import { useMarkItemDone } from '../use-mark-item-done';
import { ActionItemRow } from './action-item-row';

/**
 * The team's action items still open from earlier reviews, grouped by the review they come from,
 * shown first so that nothing promised is quietly dropped. Each can be ticked done from here; a
 * ticked one stays in view, ticked, until the page is left.
 */
export function CarriedForward({
  teamId,
  items,
  intro,
}: {
  teamId: string;
  items: readonly CarriedActionItem[];
  intro: string;
}) {
  const { t } = useTranslation();
  const { update, mark } = useMarkItemDone(teamId);
  const headingId = useId();
  if (items.length === 0) return null;
  const stillOpen = items.filter((item) => !item.done).length;

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-accent/30 bg-accent-soft/50 p-5 sm:p-6"
    >
      <header className="flex flex-col gap-1">
        <h2
          id={headingId}
          className="flex items-center gap-2 text-lg font-semibold tracking-tight text-ink"
        >
          <History aria-hidden className="size-5 shrink-0 text-accent" />
          {t('teamLearning.carried.title')}
        </h2>
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">
          {intro} {t('teamLearning.carried.open', { count: stillOpen })}
        </p>
      </header>
      {update.isError ? <FormAlert>{describeError(update.error, t)}</FormAlert> : null}
      {groupByReview(items).map((group) => (
        <div key={group.review.id} className="flex flex-col gap-2">
          <h3 className="text-sm text-ink-muted">
            {t('teamLearning.carried.from')}{' '}
            <Link
              to={`/aars/${group.review.id}`}
              className="font-medium text-accent-ink underline-offset-4 hover:underline"
            >
              {group.review.title}
            </Link>
            {' · '}
            {formatCalendarDate(group.review.date, navigator.language)}
          </h3>
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {group.items.map((item) => (
              <ActionItemRow
                key={item.id}
                item={item}
                pending={update.isPending && update.variables.itemId === item.id}
                onDone={(done, settled) => mark(item.review.id, item, done, settled)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
