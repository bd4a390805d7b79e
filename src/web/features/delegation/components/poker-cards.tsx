import { clsx } from 'clsx';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, levelLabel, levelMeaning, levelName } from '../level-words';

const cardBase =
  'flex h-full flex-col gap-1 rounded-xl border px-3 py-3 text-left transition-colors duration-150';

/** The face of a card: its number, name and meaning. */
function CardFace({ level }: { level: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="text-2xl leading-none font-semibold tabular-nums">{level}</span>
      <span className="font-medium">{levelName(level, t)}</span>
      <span className="text-sm leading-snug text-ink-muted">{levelMeaning(level, t)}</span>
    </>
  );
}

/**
 * The seven delegation poker cards as native radio buttons in a fieldset: arrow keys move
 * between them, each is named by its number, level and meaning.
 */
export function CardPicker({
  legend,
  value,
  onChange,
  disabled = false,
}: {
  legend: string;
  value: number | null;
  onChange: (level: number) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset disabled={disabled}>
      <legend className="mb-2 text-sm font-medium text-ink">{legend}</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {LEVELS.map((level) => {
          const inputId = `${id}-${level}`;
          return (
            <div key={level} className="relative">
              <input
                id={inputId}
                type="radio"
                name={id}
                value={level}
                checked={value === level}
                onChange={() => onChange(level)}
                // The card's three lines, read as one sentence ("4 · Agree: Leader and …").
                aria-label={`${levelLabel(level, t)}: ${levelMeaning(level, t)}`}
                // Transparent over its label: the whole card is the radio's hit area.
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-xl opacity-0 disabled:cursor-not-allowed"
              />
              <label
                htmlFor={inputId}
                className={clsx(
                  cardBase,
                  'border-line bg-surface text-ink peer-hover:border-line-strong',
                  'peer-checked:border-accent peer-checked:bg-accent-soft peer-checked:text-accent-ink',
                  'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
                )}
              >
                <CardFace level={level} />
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The two revealed cards side by side, each with whose it is. */
export function RevealedCards({
  cards,
}: {
  cards: readonly { who: string; level: number; mine: boolean }[];
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:max-w-md">
      {cards.map((card) => (
        <li key={card.who} className="flex flex-col gap-1.5">
          <span className="text-sm font-medium text-ink-muted">{card.who}</span>
          <div
            className={clsx(
              cardBase,
              card.mine
                ? 'border-accent/60 bg-accent-soft text-accent-ink'
                : 'border-line-strong bg-surface text-ink',
            )}
          >
            <CardFace level={card.level} />
          </div>
        </li>
      ))}
    </ul>
  );
}
