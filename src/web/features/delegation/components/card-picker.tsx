import { clsx } from 'clsx';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { RadioCards } from '../../../components/patterns/radio-cards';
import { LEVELS, levelLabel, levelMeaning } from '../level-words';
import { cardBase } from './card-base';
import { CardFace } from './card-face';

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
      <RadioCards
        name={id}
        options={LEVELS}
        value={value}
        onChange={onChange}
        className="grid grid-cols-2 gap-2 sm:grid-cols-4"
        rounded="rounded-xl"
        cardClassName={clsx(
          cardBase,
          'border-line bg-surface text-ink peer-hover:border-line-strong',
          'peer-checked:border-accent peer-checked:bg-accent-soft peer-checked:text-accent-ink',
          'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
        )}
        // The card's three lines, read as one sentence ("4 · Agree: Leader and …").
        labelOf={(level) => `${levelLabel(level, t)}: ${levelMeaning(level, t)}`}
      >
        {(level) => <CardFace level={level} />}
      </RadioCards>
    </fieldset>
  );
}
