import { ArrowLeft, CircleCheck, ExternalLink, PenLine, Trash2, X } from 'lucide-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LearningSessionBody, type LearningItemDetail } from '../../../../contracts/learning';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { ApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { renderMarkdown } from '../../../lib/markdown';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useTodayIn } from '../../../lib/use-today';
import {
  useDeleteLearningItem,
  useDeleteSession,
  useLearningItem,
  useLogTime,
  useUpdateLearningItem,
} from '../api';
import { dateSpan, formatHours } from '../learning-words';
import { ItemDialog } from './item-dialog';
import { KindIcon } from './kind-icon';
import { StatusBadge } from './status-badge';

/**
 * One learning item: what it is and where it comes from, the aspirations it serves, its
 * insights as sanitized Markdown, and the time given to it, session by session. Edit, mark as
 * done, log time, and delete (after a confirmation) live here too.
 */
export function ItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useLearningItem(id);
  useDocumentTitle(item.data?.title ?? t('learning.title'));

  let content;
  if (item.error instanceof ApiError && item.error.status === 404) {
    content = (
      <>
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('learning.item.missing')}
        </h1>
        <p className="text-ink-muted">{t('learning.item.missingBody')}</p>
      </>
    );
  } else if (item.isError) {
    content = <LoadError error={item.error} onRetry={() => void item.refetch()} />;
  } else if (!item.data) {
    content = <PageLoading />;
  } else {
    content = <ItemView item={item.data} />;
  }
  return (
    <>
      <Link
        to="/learning"
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t('learning.item.back')}
      </Link>
      {content}
    </>
  );
}

function ItemView({ item }: { item: LearningItemDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { data: user } = useCurrentUser();
  const today = useTodayIn(user?.timeZone ?? 'UTC');
  const update = useUpdateLearningItem();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const ids = useId();
  const locale = navigator.language;
  const html = useMemo(() => renderMarkdown(item.insights), [item.insights]);
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
          <Button
            size="sm"
            icon={<PenLine aria-hidden className="size-4" />}
            onClick={() => setEditing(true)}
          >
            {t('learning.item.edit')}
          </Button>
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
          <Button
            size="sm"
            variant="danger-quiet"
            icon={<Trash2 aria-hidden className="size-4" />}
            onClick={() => setDeleting(true)}
          >
            {t('learning.item.delete')}
          </Button>
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
          <div
            className="markdown max-w-prose font-serif text-[1.0625rem] leading-relaxed break-words text-ink"
            // Sanitized by DOMPurify in renderMarkdown; nothing else is set as HTML.
            dangerouslySetInnerHTML={{ __html: html }}
          />
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
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        item={item}
        onDeleted={() => {
          toast(t('learning.item.deleted'));
          void navigate('/learning', { replace: true });
        }}
      />
    </article>
  );
}

const TIME_FIELDS = ['hours', 'date', 'note'] as const;

/** Every session logged on the item, newest first, and a small form to log another. */
function Sessions({ item, today }: { item: LearningItemDetail; today: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const log = useLogTime();
  const remove = useDeleteSession();
  const headingId = useId();
  const locale = navigator.language;
  const [hours, setHours] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const { formRef, fieldErrors, general, validate, show } = useFormErrors(TIME_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (log.isPending) return;
    const value = Number(hours);
    if (!hours.trim() || !Number.isFinite(value)) {
      show({ hours: t('learning.form.hoursInvalid') });
      return;
    }
    const body = { hours: value, date, note: note.trim() };
    if (!validate(LearningSessionBody, body)) return;
    log.mutate(
      { item, time: body },
      {
        onSuccess: ({ timeError }) => {
          if (timeError) {
            show({}, describeError(timeError, t));
            return;
          }
          setHours('');
          setNote('');
          toast(t('learning.item.timeLogged'));
        },
        onError: (error) => show({}, describeError(error, t)),
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {t('learning.item.sessions')}
      </h2>
      <form
        ref={formRef}
        noValidate
        onSubmit={submit}
        aria-label={t('learning.item.logTime')}
        className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5"
      >
        {general ? <FormAlert>{general}</FormAlert> : null}
        <div className="grid gap-3 sm:grid-cols-[8rem_11rem_minmax(0,1fr)_auto] sm:items-start">
          <TextField
            label={t('learning.form.hours')}
            name="hours"
            type="number"
            inputMode="decimal"
            min={0.25}
            max={24}
            step={0.25}
            value={hours}
            error={fieldErrors.hours}
            onChange={(event) => setHours(event.target.value)}
          />
          <TextField
            label={t('learning.form.date')}
            name="date"
            type="date"
            value={date}
            max={today}
            error={fieldErrors.date}
            onChange={(event) => setDate(event.target.value || today)}
          />
          <TextField
            label={t('learning.item.note')}
            name="note"
            value={note}
            maxLength={500}
            error={fieldErrors.note}
            onChange={(event) => setNote(event.target.value)}
          />
          <Button type="submit" loading={log.isPending} className="sm:mt-6.5">
            {t('learning.item.logTime')}
          </Button>
        </div>
      </form>
      {item.sessions.length === 0 ? (
        <p className="text-[0.9375rem] text-ink-muted">{t('learning.item.noSessions')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {item.sessions.map((session) => {
            const day = formatCalendarDate(session.date, locale);
            const amount = t('learning.hours', {
              count: session.hours,
              hours: formatHours(session.hours, locale),
            });
            return (
              <li key={session.id} className="flex items-center gap-3 px-4 py-2.5 sm:px-5">
                <div className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-4 gap-y-0.5">
                  <time dateTime={session.date} className="w-28 shrink-0 text-sm text-ink-muted">
                    {day}
                  </time>
                  <span className="font-medium text-ink tabular-nums">{amount}</span>
                  {session.note ? (
                    <span className="min-w-0 text-[0.9375rem] break-words text-ink-muted">
                      {session.note}
                    </span>
                  ) : null}
                </div>
                <button
                  type="button"
                  aria-label={t('learning.item.removeSession', { hours: amount, date: day })}
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(
                      { id: item.id, sessionId: session.id },
                      {
                        onSuccess: () => toast(t('learning.item.sessionRemoved')),
                        onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
                      },
                    )
                  }
                  className="-mr-2 inline-flex size-9 shrink-0 items-center justify-center rounded-lg text-ink-muted transition-colors duration-150 hover:bg-sunken hover:text-ink disabled:opacity-60"
                >
                  <X aria-hidden className="size-4" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function DeleteDialog({
  open,
  onOpenChange,
  item,
  onDeleted,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  item: LearningItemDetail;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteLearningItem();
  return (
    <ConfirmDialog
      open={open}
      onClose={() => {
        onOpenChange(false);
        remove.reset();
      }}
      title={t('learning.item.deleteTitle')}
      description={t('learning.item.deleteBody', { title: item.title })}
      confirmLabel={t('learning.item.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(item.id, {
          onSuccess: () => {
            onOpenChange(false);
            onDeleted();
          },
        })
      }
    />
  );
}
