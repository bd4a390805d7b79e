import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { Reflection } from '../../../../contracts/reflections';
import { MoodDots } from '../../../components/ui/mood-dots';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import type { ReflectionHit } from '../api';
import { excerptOf, headlineOf } from '../journal-words';
import { SnippetText } from './snippet-text';

/**
 * One reflection in a list, readable at a glance: its title or first line (the link), when it
 * was written (in the person's time zone), its kind, mood, emotions and tags, and either the
 * search snippet or its opening lines.
 */
export function ReflectionCard({
  reflection,
  snippet,
  timeZone,
  eyebrow,
}: {
  reflection: Reflection;
  snippet?: ReflectionHit['snippet'];
  timeZone: string;
  eyebrow?: string;
}) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const headline = headlineOf(reflection) ?? t(`journal.kinds.${reflection.kind}`);
  const excerpt = snippet ? null : excerptOf(reflection);
  return (
    <article className="relative flex flex-col gap-2.5 rounded-xl border border-line bg-surface px-4 py-4 transition-colors duration-150 hover:border-line-strong/60 sm:px-5">
      {eyebrow ? (
        <p className="text-xs font-semibold tracking-wide text-accent-ink uppercase">{eyebrow}</p>
      ) : null}
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
        <h3 className="min-w-0 font-serif text-lg leading-snug font-semibold break-words text-ink">
          {/* The whole card is the link's target area; the text stays a normal link. */}
          <Link
            to={`/journal/${reflection.id}`}
            className="rounded-sm after:absolute after:inset-0 after:rounded-xl hover:text-accent-ink"
          >
            {headline}
          </Link>
        </h3>
        <p className="text-sm text-ink-muted">
          <time dateTime={reflection.date}>
            {formatCalendarDate(reflection.date, locale, {
              weekday: 'short',
              day: 'numeric',
              month: 'short',
              year: 'numeric',
            })}
          </time>
          {' · '}
          {formatTime(reflection.at, locale, timeZone)}
        </p>
      </div>
      {snippet ? <SnippetText parts={snippet} /> : null}
      {excerpt ? (
        <p className="line-clamp-3 max-w-prose font-serif text-[0.9375rem] leading-relaxed break-words text-ink-muted">
          {excerpt}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-ink-muted">
        <span className="font-medium">{t(`journal.kinds.${reflection.kind}`)}</span>
        {reflection.mood ? <MoodDots mood={reflection.mood} /> : null}
        {reflection.emotions.length > 0 ? (
          <span>
            {reflection.emotions.map((word) => t(`emotions.${word}` as 'emotions.calm')).join(', ')}
          </span>
        ) : null}
        {reflection.tags.length > 0 ? (
          <ul aria-label={t('journal.tags')} className="flex flex-wrap gap-1.5">
            {reflection.tags.map((tag) => (
              <li key={tag} className="rounded-full bg-sunken px-2 py-0.5 text-xs text-ink-muted">
                #{tag}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}
