import { clsx } from 'clsx';
import { cardBase } from './card-base';
import { CardFace } from './card-face';

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
