import { ArrowDown, ArrowLeft, PenLine } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Reaction } from '../../../../contracts/reactions';
import { Button } from '../../../components/ui/button';
import { DeleteAction } from '../../../components/patterns/delete-action';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { ApiError } from '../../../lib/api-client';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteReaction, useReaction } from '../api';
import { emotionName } from './emotion-name';
import { IntensityMeter } from './intensity-meter';
import { ReactionDialog } from './reaction-dialog';

/**
 * One reaction, read as its chain: what set it off, what I felt and how strongly, what I did on
 * reflex, the response I chose, and what came of it. Edit (for instance to add the chosen
 * response later) and delete, after a confirmation.
 */
export function ReactionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const reaction = useReaction(id);
  useDocumentTitle(t('reactions.item.title'));

  let content;
  if (reaction.error instanceof ApiError && reaction.error.status === 404) {
    content = (
      <>
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('reactions.item.missing')}
        </h1>
        <p className="text-ink-muted">{t('reactions.item.missingBody')}</p>
      </>
    );
  } else if (reaction.isError) {
    content = <LoadError error={reaction.error} onRetry={() => void reaction.refetch()} />;
  } else if (!reaction.data) {
    content = <PageLoading />;
  } else {
    content = <ReactionView reaction={reaction.data} />;
  }
  return (
    <>
      <Link
        to="/reactions"
        className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t('reactions.item.back')}
      </Link>
      {content}
    </>
  );
}

function ReactionView({ reaction }: { reaction: Reaction }) {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteReaction();
  const locale = navigator.language;
  const longDate = formatCalendarDate(reaction.date, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          <time dateTime={reaction.at}>
            {longDate} · {formatTime(reaction.at, locale, user?.timeZone ?? 'UTC')}
          </time>
        </p>
        <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t('reactions.item.trigger')}
        </p>
        <h1 className="max-w-prose font-serif text-2xl leading-snug font-semibold break-words whitespace-pre-line text-ink sm:text-3xl">
          {reaction.trigger}
        </h1>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            icon={<PenLine aria-hidden className="size-4" />}
            onClick={() => setEditing(true)}
          >
            {t('reactions.item.edit')}
          </Button>
          <DeleteAction
            id={reaction.id}
            remove={remove}
            label={t('reactions.item.delete')}
            title={t('reactions.item.deleteTitle')}
            description={t('reactions.item.deleteBody')}
            confirmLabel={t('reactions.item.deleteConfirm')}
            done={t('reactions.item.deleted')}
            goTo="/reactions"
          />
        </div>
      </header>

      <ol className="flex flex-col">
        <Step title={t('reactions.item.felt')}>
          {reaction.emotions.length > 0 ? (
            <ul className="flex flex-wrap gap-1.5">
              {reaction.emotions.map((word) => (
                <li key={word} className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink">
                  {emotionName(word, t)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-[0.9375rem] text-ink-muted">{t('reactions.item.noEmotions')}</p>
          )}
          <IntensityMeter value={reaction.intensity} />
        </Step>
        <Step title={t('reactions.chain.automatic')}>
          <Text value={reaction.automaticReaction} />
        </Step>
        <Step title={t('reactions.chain.chosen')} accent>
          <Text value={reaction.chosenResponse} empty={t('reactions.item.noResponse')} />
        </Step>
        <Step title={t('reactions.chain.outcome')} last>
          <Text value={reaction.outcome} />
        </Step>
      </ol>

      {editing ? <ReactionDialog open onOpenChange={setEditing} reaction={reaction} /> : null}
    </article>
  );
}

/** One link of the chain, joined to the next by a quiet arrow. */
function Step({
  title,
  accent = false,
  last = false,
  children,
}: {
  title: string;
  accent?: boolean;
  last?: boolean;
  children: ReactNode;
}) {
  return (
    <li className="flex flex-col items-stretch">
      <section
        className={
          accent
            ? 'flex flex-col gap-2 rounded-xl border border-accent/40 bg-accent-soft/50 p-4 sm:p-5'
            : 'flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 sm:p-5'
        }
      >
        <h2
          className={
            accent
              ? 'text-sm font-semibold tracking-wide text-accent-ink uppercase'
              : 'text-sm font-semibold tracking-wide text-ink-muted uppercase'
          }
        >
          {title}
        </h2>
        {children}
      </section>
      {last ? null : (
        <ArrowDown aria-hidden className="my-1.5 size-4 self-center text-line-strong" />
      )}
    </li>
  );
}

function Text({ value, empty }: { value: string; empty?: string }) {
  const { t } = useTranslation();
  return value ? (
    <p className="max-w-prose font-serif leading-relaxed break-words whitespace-pre-line text-ink">
      {value}
    </p>
  ) : (
    <p className="text-[0.9375rem] text-ink-muted">{empty ?? t('reactions.item.notWritten')}</p>
  );
}
