import { useTranslation } from '../../../lib/use-translation';
import type { Reflection } from '../../../../contracts/reflections';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import { LadderRungs } from './ladder-rungs';
import { ReflectionFacts } from './reflection-facts';
import { ReadOnlyTitle } from '../../../components/patterns/read-only-title';
import { ReadOnlyLabel } from '../../../components/patterns/read-only-label';
import { ReadOnlyProse } from '../../../components/patterns/read-only-prose';
import { MarkdownView } from '../../../components/patterns/markdown-view';

/** A reflection read only, as the people it is shared with see it. */
export function ReflectionReadView({
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
        <ReadOnlyTitle serif>{reflection.title.trim() || longDate}</ReadOnlyTitle>
      </header>
      {form?.type === 'left_hand_column' ? (
        <section className="flex flex-col gap-3">
          <ReadOnlyLabel>{t('journal.kinds.left_hand_column')}</ReadOnlyLabel>
          {form.situation ? <ReadOnlyProse>{form.situation}</ReadOnlyProse> : null}
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
          <ReadOnlyLabel>{t('journal.kinds.ladder_of_inference')}</ReadOnlyLabel>
          <LadderRungs form={form} />
        </section>
      ) : null}
      {reflection.body.trim() ? <MarkdownView source={reflection.body} /> : null}
      <ReflectionFacts reflection={reflection} />
    </>
  );
}
