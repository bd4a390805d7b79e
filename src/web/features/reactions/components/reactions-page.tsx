import { ArrowRight, Plus, Waves } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Reaction } from '../../../../contracts/reactions';
import { Button } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReactions } from '../api';
import { CHAIN } from '../reaction-words';
import { emotionName } from './emotion-name';
import { IntensityMeter } from './intensity-meter';
import { PatternsSection } from './patterns-section';
import { ReactionDialog } from './reaction-dialog';

/**
 * The reaction log: "respond, not react". The patterns of what keeps setting me off over a
 * chosen period, then every logged reaction, newest first; a dialog logs a new one. The first
 * visit explains the chain from trigger to outcome and offers the first entry.
 */
export function ReactionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reactions.title'));
  const list = useReactions();
  const [adding, setAdding] = useState(false);
  const headingId = useId();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const addButton = (
    <Button
      variant="primary"
      icon={<Plus aria-hidden className="size-4" />}
      onClick={() => setAdding(true)}
    >
      {t('reactions.add')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('reactions.title')} lead={t('reactions.lead')} action={addButton} />

      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <PageLoading />
      ) : items.length === 0 ? (
        <div className="flex flex-col items-start gap-5 rounded-xl border border-dashed border-line-strong/60 bg-surface p-6">
          <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
            <Waves aria-hidden className="size-5" />
          </span>
          <div className="flex flex-col gap-1">
            <p className="font-medium text-ink">{t('reactions.emptyTitle')}</p>
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">{t('reactions.empty')}</p>
          </div>
          <Chain />
          {addButton}
        </div>
      ) : (
        <div className="flex flex-col gap-12">
          <PatternsSection />
          <section aria-labelledby={headingId} className="flex flex-col gap-4">
            <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
              {t('reactions.logged')}
            </h2>
            <ul className="flex flex-col gap-3">
              {items.map((reaction) => (
                <li key={reaction.id}>
                  <ReactionCard reaction={reaction} />
                </li>
              ))}
            </ul>
            {list.hasNextPage ? (
              <Button
                className="self-center"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('reactions.showMore')}
              </Button>
            ) : null}
          </section>
        </div>
      )}
      {adding ? <ReactionDialog open onOpenChange={setAdding} /> : null}
    </>
  );
}

/** Trigger → emotion → automatic reaction → chosen response → outcome, in small type. */
function Chain() {
  const { t } = useTranslation();
  return (
    <ol
      aria-label={t('reactions.chain.label')}
      className="flex flex-wrap items-center gap-x-1.5 gap-y-2 text-sm"
    >
      {CHAIN.map((link, index) => (
        <li key={link} className="flex items-center gap-1.5">
          <span
            className={
              link === 'chosen'
                ? 'rounded-full bg-accent-soft px-2.5 py-0.5 font-medium text-accent-ink'
                : 'rounded-full bg-sunken px-2.5 py-0.5 text-ink'
            }
          >
            {t(`reactions.chain.${link}`)}
          </span>
          {index < CHAIN.length - 1 ? (
            <ArrowRight aria-hidden className="size-3.5 text-ink-muted" />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function ReactionCard({ reaction }: { reaction: Reaction }) {
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
        {/* The whole card is the link's target area; the text stays a normal link. */}
        <Link
          to={`/reactions/${reaction.id}`}
          className="rounded-sm after:absolute after:inset-0 hover:text-accent-ink"
        >
          {reaction.trigger}
        </Link>
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
