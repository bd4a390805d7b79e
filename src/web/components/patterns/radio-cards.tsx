import { clsx } from 'clsx';
import type { ReactNode } from 'react';

/**
 * A row of cards that are native radio buttons, for use inside a `<fieldset>` with its legend
 * (arrow keys move between them): each input lies transparent over its card, so the whole card
 * is the hit area, and the card's look follows the input (`peer-checked:`, `peer-hover:`,
 * `peer-focus-visible:` classes in `cardClassName`). Used for the delegation poker cards and
 * the 0–10 ratings.
 *
 * @example
 * <fieldset><legend>Your card</legend>
 *   <RadioCards name={id} options={[1, 2, 3]} value={value} onChange={setValue}
 *     className="grid grid-cols-3 gap-2" rounded="rounded-lg"
 *     cardClassName="peer-checked:bg-accent …">{(level) => level}</RadioCards>
 * </fieldset>
 */
export function RadioCards<V extends string | number>({
  name,
  options,
  value,
  onChange,
  className,
  rounded,
  cardClassName,
  labelOf,
  children,
}: {
  /** The radios' group name, also the start of each input's id (e.g. from `useId`). */
  name: string;
  options: readonly V[];
  /** The chosen option; `null` when none is yet. */
  value: V | null;
  onChange: (value: V) => void;
  /** The cards' container (a grid). */
  className: string;
  /** The cards' corner radius, the same for the input over the card. */
  rounded: 'rounded-lg' | 'rounded-xl';
  /** Each card's look, read off the input before it. */
  cardClassName: string;
  /** The input's accessible name, when the card's text does not read as one. */
  labelOf?: (option: V) => string;
  /** A card's face. */
  children: (option: V) => ReactNode;
}) {
  return (
    <div className={className}>
      {options.map((option) => {
        const inputId = `${name}-${option}`;
        return (
          <div key={option} className="relative">
            <input
              id={inputId}
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              aria-label={labelOf?.(option)}
              className={clsx(
                'peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed',
                rounded,
              )}
            />
            <label htmlFor={inputId} className={clsx(rounded, cardClassName)}>
              {children(option)}
            </label>
          </div>
        );
      })}
    </div>
  );
}
