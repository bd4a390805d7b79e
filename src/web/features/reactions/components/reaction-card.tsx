import { useTranslation } from '../../../lib/use-translation';
import type { Reaction } from '../../../../contracts/reactions';
import { StretchedLink } from '../../../components/patterns/stretched-link';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { emotionName } from './emotion-name';
import { IntensityMeter } from './intensity-meter';

/** One logged reaction in the log: when, how strong, its trigger (a link over the card), the emotions, and what I did and chose. */
export function ReactionCard({ reaction }: { reaction: Reaction }) {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const locale = navigator.language;
  const when = `${formatCalendarDate(reaction.date, locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })} · ${formatTime(reaction.at, locale, user?.timeZone ?? 'UTC')}`;
  return (
    <article className="relative flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 transition-colors duration-150 hover:border-line-strong sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <time dateTime={reaction.at} className="text-sm text-ink-muted">
          {when}
        </time>
        <IntensityMeter value={reaction.intensity} />
      </div>
      <h3 className="line-clamp-3 max-w-prose font-serif text-lg leading-snug break-words text-ink">
        <StretchedLink to={`/reactions/${reaction.id}`}>{reaction.trigger}</StretchedLink>
      </h3>
      {reaction.emotions.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t('reactions.felt')}>
          {reaction.emotions.map((word) => (
            <li key={word} className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink">
              {emotionName(word, t)}
            </li>
          ))}
        </ul>
      ) : null}
      {reaction.automaticReaction || reaction.chosenResponse ? (
        <dl className="grid gap-x-6 gap-y-2 border-t border-line pt-3 text-[0.9375rem] sm:grid-cols-2">
          {reaction.automaticReaction ? (
            <div className="flex min-w-0 flex-col">
              <dt className="text-sm text-ink-muted">{t('reactions.chain.automatic')}</dt>
              <dd className="line-clamp-2 break-words text-ink">{reaction.automaticReaction}</dd>
            </div>
          ) : null}
          {reaction.chosenResponse ? (
            <div className="flex min-w-0 flex-col">
              <dt className="text-sm font-medium text-accent-ink">{t('reactions.chain.chosen')}</dt>
              <dd className="line-clamp-2 break-words text-ink">{reaction.chosenResponse}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </article>
  );
}
