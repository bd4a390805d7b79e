import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { focusAfterMove, moveItem, planMove, type MoveButton } from './use-reorder';

function buttons(disabled: { up: boolean; down: boolean }) {
  const focused: string[] = [];
  const make = (direction: 'up' | 'down'): MoveButton => ({
    disabled: disabled[direction],
    focus: () => focused.push(direction),
  });
  const all = { up: make('up'), down: make('down') };
  return { button: (direction: 'up' | 'down') => all[direction], all, focused };
}

describe('reordering a list', () => {
  it('moves one item up or down and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('moving keeps every item once and puts the moved one where it was asked', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (items, a, b) => {
          const from = a % items.length;
          const to = b % items.length;
          const moved = moveItem(items, from, to);
          expect([...moved].sort()).toEqual([...items].sort());
          expect(moved[to]).toBe(items[from]);
        },
      ),
    );
  });

  it('plans a move one place up or down, with the place it lands on for the announcement', () => {
    expect(planMove(['a', 'b', 'c'], 'b', 'up')).toEqual({ ids: ['b', 'a', 'c'], to: 0 });
    expect(planMove(['a', 'b', 'c'], 'b', 'down')).toEqual({ ids: ['a', 'c', 'b'], to: 2 });
  });

  it('plans nothing past either end or for an item not in the list', () => {
    expect(planMove(['a', 'b'], 'a', 'up')).toBeNull();
    expect(planMove(['a', 'b'], 'b', 'down')).toBeNull();
    expect(planMove(['a', 'b'], 'z', 'up')).toBeNull();
  });

  it('keeps focus on the button that was pressed while it can still move that way', () => {
    const { button, all, focused } = buttons({ up: false, down: false });
    const target = focusAfterMove(button, 'down');
    expect(target).toBe(all.down);
    target?.focus();
    expect(focused).toEqual(['down']);
  });

  it('moves focus to the other button when the item reached that end of the list', () => {
    const { button, all } = buttons({ up: true, down: false });
    expect(focusAfterMove(button, 'up')).toBe(all.down);
  });

  it('waits while both buttons are disabled or not there yet', () => {
    expect(focusAfterMove(buttons({ up: true, down: true }).button, 'up')).toBeNull();
    expect(focusAfterMove(() => null, 'down')).toBeNull();
  });
});
