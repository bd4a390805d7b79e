import { useTranslation } from '../../../lib/use-translation';
import { levelMeaning, levelName } from '../level-words';

/** The face of a card: its number, name and meaning. */
export function CardFace({ level }: { level: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="text-2xl leading-none font-semibold tabular-nums">{level}</span>
      <span className="font-medium">{levelName(level, t)}</span>
      <span className="text-sm leading-snug text-ink-muted">{levelMeaning(level, t)}</span>
    </>
  );
}
