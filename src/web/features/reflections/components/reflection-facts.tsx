import { useTranslation } from '../../../lib/use-translation';
import type { Reflection } from '../../../../contracts/reflections';
import { MoodDots } from '../../../components/ui/mood-dots';

/** A reflection's mood, emotion words and tags, under the text; nothing when it has none. */
export function ReflectionFacts({ reflection }: { reflection: Reflection }) {
  const { t } = useTranslation();
  if (!reflection.mood && reflection.emotions.length === 0 && reflection.tags.length === 0)
    return null;
  return (
    <dl className="flex flex-col gap-3 border-t border-line pt-5 text-[0.9375rem]">
      {reflection.mood ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <dt className="w-24 text-sm text-ink-muted">{t('journal.view.mood')}</dt>
          <dd>
            <MoodDots mood={reflection.mood} />
          </dd>
        </div>
      ) : null}
      {reflection.emotions.length > 0 ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <dt className="w-24 text-sm text-ink-muted">{t('journal.view.emotions')}</dt>
          <dd className="text-ink">
            {reflection.emotions.map((word) => t(`emotions.${word}` as 'emotions.calm')).join(', ')}
          </dd>
        </div>
      ) : null}
      {reflection.tags.length > 0 ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <dt className="w-24 text-sm text-ink-muted">{t('journal.tags')}</dt>
          <dd className="flex flex-wrap gap-1.5">
            {reflection.tags.map((tag) => (
              <span key={tag} className="rounded-full bg-sunken px-2 py-0.5 text-sm text-ink">
                #{tag}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
