import { clsx } from 'clsx';
import { useId, type ReactNode } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  icon?: ReactNode;
}

/**
 * A set of mutually exclusive options as native radio buttons in a fieldset: arrow keys move
 * between them, and the legend names the group.
 */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-ink">{legend}</legend>
      <div className="grid grid-cols-3 gap-2">
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <div key={choice.value} className="relative">
              <input
                id={inputId}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                // Transparent over its label: the whole tile is the radio's own hit area.
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-lg opacity-0"
              />
              <label
                htmlFor={inputId}
                className={clsx(
                  'flex h-full flex-col items-center justify-center gap-1.5 rounded-lg border px-2 py-3',
                  'text-center text-sm font-medium transition-colors duration-150',
                  'border-line bg-surface text-ink-muted peer-hover:border-line-strong peer-hover:text-ink',
                  'peer-checked:border-accent peer-checked:bg-accent-soft peer-checked:text-accent-ink',
                  'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
                )}
              >
                {choice.icon}
                {choice.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
