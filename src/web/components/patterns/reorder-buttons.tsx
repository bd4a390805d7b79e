import { ArrowDown, ArrowUp } from 'lucide-react';
import type { MoveDirection, Reorder } from './use-reorder';

const DIRECTIONS: readonly MoveDirection[] = ['up', 'down'];

/**
 * The up and down buttons of one item in a list ordered with `useReorder`: each carries the id
 * focus comes back to after a move, and the one that cannot move (at that end, or while the new
 * order is saved) is disabled.
 *
 * @example
 * <ReorderButtons reorder={reorder} item={topic} index={index} count={topics.length}
 *   busy={saveOrder.isPending} className={iconButton}
 *   labels={{ up: t('x.up', { title }), down: t('x.down', { title }) }} />
 */
export function ReorderButtons<T>({
  reorder,
  item,
  index,
  count,
  busy,
  labels,
  className,
}: {
  reorder: Reorder<T>;
  item: T;
  /** Where the item stands, of `count`. */
  index: number;
  count: number;
  /** While a new order is being saved. */
  busy: boolean;
  labels: Record<MoveDirection, string>;
  className: string;
}) {
  return DIRECTIONS.map((direction) => {
    const Icon = direction === 'up' ? ArrowUp : ArrowDown;
    const atEnd = direction === 'up' ? index === 0 : index === count - 1;
    return (
      <button
        key={direction}
        type="button"
        className={className}
        id={reorder.buttonId(item, direction)}
        disabled={atEnd || busy}
        aria-label={labels[direction]}
        onClick={() => reorder.move(item, direction)}
      >
        <Icon aria-hidden className="size-4" />
      </button>
    );
  });
}
