import { useTranslation } from 'react-i18next';
import type { Reflection } from '../../../../contracts/reflections';
import { MoodDots } from '../../../components/ui/mood-dots';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import { Title } from './title';
import { Label } from './label';
import { Prose } from './prose';
import { Markdown } from './markdown';

const RUNGS = [
  'data',
  'selected',
  'meanings',
  'assumptions',
  'conclusions',
  'beliefs',
  'actions',
] as const;

/** A shared reflection, read only. */
export function ReflectionView({
  reflection,
  timeZone,
}: {
  reflection: Reflection;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const longDate = formatCalendarDate(reflection.date, navigator.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const form = reflection.form;
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">
          {reflection.title.trim() ? <>{longDate} · </> : null}
          {t(`journal.kinds.${reflection.kind}`)}
          {' · '}
          {formatTime(reflection.at, navigator.language, timeZone)}
        </p>
        <Title serif>{reflection.title.trim() || longDate}</Title>
      </header>
      {form?.type === 'left_hand_column' ? (
        <section className="flex flex-col gap-3">
          <Label>{t('journal.kinds.left_hand_column')}</Label>
          {form.situation ? <Prose>{form.situation}</Prose> : null}
          <dl className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5">
            {form.rows.map((row, index) => (
              <div key={index} className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
                <div>
                  <dt className="text-xs text-ink-muted">{t('journal.lhc.saidColumn')}</dt>
                  <dd className="font-serif leading-relaxed whitespace-pre-line text-ink">
                    {row.said}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-ink-muted">{t('journal.lhc.thoughtColumn')}</dt>
                  <dd className="font-serif leading-relaxed whitespace-pre-line text-ink-muted italic">
                    {row.thought}
                  </dd>
                </div>
              </div>
            ))}
          </dl>
        </section>
      ) : form?.type === 'ladder_of_inference' ? (
        <section className="flex flex-col gap-3">
          <Label>{t('journal.kinds.ladder_of_inference')}</Label>
          <ol className="flex flex-col gap-3">
            {RUNGS.filter((rung) => form[rung].trim()).map((rung) => (
              <li key={rung} className="border-l-2 border-accent/40 pl-4">
                <p className="text-sm font-medium text-ink-muted">{t(`journal.ladder.${rung}`)}</p>
                <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
                  {form[rung]}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {reflection.body.trim() ? <Markdown source={reflection.body} /> : null}
      {reflection.mood || reflection.emotions.length > 0 || reflection.tags.length > 0 ? (
        <dl className="flex flex-col gap-3 border-t border-line pt-5 text-[0.9375rem]">
          {reflection.mood ? (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <dt className="w-24 text-sm text-ink-muted">{t('sharing.item.mood')}</dt>
              <dd>
                <MoodDots mood={reflection.mood} />
              </dd>
            </div>
          ) : null}
          {reflection.emotions.length > 0 ? (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <dt className="w-24 text-sm text-ink-muted">{t('sharing.item.emotions')}</dt>
              <dd className="text-ink">
                {reflection.emotions
                  .map((word) => t(`emotions.${word}` as 'emotions.calm'))
                  .join(', ')}
              </dd>
            </div>
          ) : null}
          {reflection.tags.length > 0 ? (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <dt className="w-24 text-sm text-ink-muted">{t('sharing.item.tags')}</dt>
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
      ) : null}
    </>
  );
}
