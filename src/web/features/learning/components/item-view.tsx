import { CircleCheck, ExternalLink } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { LearningItemDetail } from '../../../../contracts/learning';
import { MarkdownView } from '../../../components/patterns/markdown-view';
import { EditButton } from '../../../components/patterns/edit-button';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useTodayIn } from '../../../lib/use-today';
import { useDeleteLearningItem, useUpdateLearningItem } from '../api';
import { dateSpan, formatHours } from '../learning-words';
import { ItemDialog } from './item-dialog';
import { KindIcon } from './kind-icon';
import { StatusBadge } from './status-badge';
import { Sessions } from './sessions';
import { DeleteItemAction } from '../../../components/patterns/delete-item-action';

/** One learning item in full. */
export function ItemView({ item }: { item: LearningItemDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: user } = useCurrentUser();
  const today = useTodayIn(user?.timeZone ?? 'UTC');
  const update = useUpdateLearningItem();
  const remove = useDeleteLearningItem();
  const [editing, setEditing] = useState(false);
  const ids = useId();
  const locale = navigator.language;
  const date = (day: string) => formatCalendarDate(day, locale);

  const markDone = () =>
    update.mutate(
      {
        id: item.id,
        body: { status: 'done', ...(item.finishedOn ? {} : { finishedOn: today }) },
        time: null,
      },
      {
        onSuccess: () => toast(t('learning.item.markedDone')),
        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
      },
    );

  return (
    <article className="flex flex-col gap-10">
      <header className="flex flex-col gap-3">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
          <span className="inline-flex items-center gap-1.5">
            <KindIcon kind={item.kind} className="size-4" />
            {t(`learning.kinds.${item.kind}`)}
          </span>
          <StatusBadge status={item.status} />
        </p>
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight break-words text-ink">
          {item.title}
        </h1>
        {item.source || item.url ? (
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[0.9375rem] text-ink-muted">
            {item.source ? <span className="break-words">{item.source}</span> : null}
            {item.url ? (
              <a
                href={item.url}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex items-center gap-1 rounded-sm font-medium text-accent-ink underline-offset-4 hover:underline"
              >
                {t('learning.item.open')}
                <ExternalLink aria-hidden className="size-3.5" />
                <span className="sr-only">{t('learning.item.newTab')}</span>
              </a>
            ) : null}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <EditButton onClick={() => setEditing(true)}>{t('learning.item.edit')}</EditButton>
          {item.status !== 'done' ? (
            <Button
              size="sm"
              loading={update.isPending}
              icon={<CircleCheck aria-hidden className="size-4" />}
              onClick={markDone}
            >
              {t('learning.item.markDone')}
            </Button>
          ) : null}
          <DeleteItemAction
            id={item.id}
            remove={remove}
            words="learning.item"
            description={t('learning.item.deleteBody', { title: item.title })}
            goTo="/learning"
          />
        </div>
      </header>

      <dl className="grid gap-x-6 gap-y-4 rounded-xl border border-line bg-surface p-5 sm:grid-cols-3 sm:p-6">
        <div className="flex flex-col gap-1">
          <dt className="text-sm text-ink-muted">{t('learning.item.hours')}</dt>
          <dd className="text-lg font-medium text-ink tabular-nums">
            {t('learning.hours', {
              count: item.totalHours,
              hours: formatHours(item.totalHours, locale),
            })}
          </dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="text-sm text-ink-muted">{t('learning.item.dates')}</dt>
          <dd className="text-[0.9375rem] text-ink">
            {item.startedOn && item.finishedOn
              ? dateSpan(item.startedOn, item.finishedOn, locale)
              : item.startedOn
                ? t('learning.item.since', { date: date(item.startedOn) })
                : item.finishedOn
                  ? t('learning.item.finishedOn', { date: date(item.finishedOn) })
                  : t('learning.item.noDates')}
          </dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="text-sm text-ink-muted">{t('learning.item.serves')}</dt>
          <dd className="flex flex-wrap gap-1.5 text-[0.9375rem]">
            {item.aspirations.length === 0 ? (
              <span className="text-ink-muted">{t('learning.item.servesNone')}</span>
            ) : (
              item.aspirations.map((aspiration) => (
                <Link
                  key={aspiration.id}
                  to={`/vision/aspirations/${aspiration.id}`}
                  className="rounded-full bg-accent-soft px-2.5 py-0.5 break-words text-accent-ink underline-offset-4 hover:underline"
                >
                  {aspiration.title}
                </Link>
              ))
            )}
          </dd>
        </div>
      </dl>

      <section aria-labelledby={`${ids}-insights`} className="flex flex-col gap-3">
        <h2
          id={`${ids}-insights`}
          className="text-sm font-semibold tracking-wide text-ink-muted uppercase"
        >
          {t('learning.item.insights')}
        </h2>
        {item.insights.trim() ? (
          <MarkdownView source={item.insights} />
        ) : (
          <div className="flex flex-col items-start gap-3">
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">
              {t('learning.item.noInsights')}
            </p>
            <Button size="sm" onClick={() => setEditing(true)}>
              {t('learning.item.writeInsights')}
            </Button>
          </div>
        )}
      </section>

      <Sessions item={item} today={today} />

      <ItemDialog key={item.updatedAt} open={editing} onOpenChange={setEditing} item={item} />
    </article>
  );
}
