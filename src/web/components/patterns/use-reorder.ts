import { useEffect, useId, useRef, useState } from 'react';

/** Which way an item moves in an ordered list. */
export type MoveDirection = 'up' | 'down';

/**
 * A copy of `items` with the one at `from` moved to `to`; out-of-range indexes change nothing.
 *
 * @example moveItem(['a', 'b', 'c'], 2, 0) // ['c', 'a', 'b']
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1) as [T];
  copy.splice(to, 0, item);
  return copy;
}

/**
 * The new order of `ids` after moving `id` one place `direction`, and the index it lands on;
 * `null` when it is not in the list or is already at that end.
 *
 * @example planMove(['a', 'b'], 'b', 'up') // { ids: ['b', 'a'], to: 0 }
 */
export function planMove(
  ids: readonly string[],
  id: string,
  direction: MoveDirection,
): { ids: string[]; to: number } | null {
  const from = ids.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  return { ids: moveItem(ids, from, to), to };
}

/** What focus can land on: a move button as the browser gives it. */
export interface MoveButton {
  disabled: boolean;
  focus(): void;
}

/**
 * The button that takes focus after a move: the one pressed, or, when the item reached that end
 * of the list and it is now disabled, the button moving the other way.
 */
export function focusAfterMove(
  button: (direction: MoveDirection) => MoveButton | null,
  direction: MoveDirection,
): MoveButton | null {
  const same = button(direction);
  if (same && !same.disabled) return same;
  const other = button(direction === 'up' ? 'down' : 'up');
  return other && !other.disabled ? other : null;
}

/** What `useReorder` gives: `move`, the move buttons' ids, and the words to announce. */
export interface Reorder<T> {
  move: (item: T, direction: MoveDirection) => void;
  buttonId: (item: T, direction: MoveDirection) => string;
  announcement: string;
}

/**
 * Up and down buttons for an ordered list. `move` sends the new order to `onReorder` and sets
 * `announcement` (render it in a `role="status"` element) to `announce`'s words; once the list
 * arrives in its new order, focus goes back to the moved item's button (see `focusAfterMove`).
 * Give each move button the id `buttonId(item, direction)`.
 */
export function useReorder<T>({
  items,
  idOf,
  onReorder,
  announce,
}: {
  items: readonly T[];
  idOf: (item: T) => string;
  onReorder: (ids: string[]) => void;
  announce: (item: T, place: number, total: number) => string;
}): Reorder<T> {
  const prefix = useId();
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<{ id: string; direction: MoveDirection; to: number } | null>(null);
  const buttonId = (item: T, direction: MoveDirection) => `${prefix}-${idOf(item)}-${direction}`;

  // After every render: buttons may be disabled while the new order is saved, so focus waits
  // until the item stands at its new place with a button that can take it.
  useEffect(() => {
    const target = pending.current;
    if (!target || items.findIndex((item) => idOf(item) === target.id) !== target.to) return;
    const button = (direction: MoveDirection) =>
      document.getElementById(`${prefix}-${target.id}-${direction}`) as HTMLButtonElement | null;
    const next = focusAfterMove(button, target.direction);
    if (!next) return;
    pending.current = null;
    next.focus();
  });

  const move = (item: T, direction: MoveDirection) => {
    const id = idOf(item);
    const plan = planMove(items.map(idOf), id, direction);
    if (!plan) return;
    pending.current = { id, direction, to: plan.to };
    setAnnouncement(announce(item, plan.to + 1, items.length));
    onReorder(plan.ids);
  };

  return { move, buttonId, announcement };
}
