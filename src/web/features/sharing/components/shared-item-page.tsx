import { clsx } from 'clsx';
import { ArrowLeft, Eye } from 'lucide-react';
import { useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Belief } from '../../../../contracts/beliefs';
import type { LearningItemDetail } from '../../../../contracts/learning';
import type { PracticeDetail } from '../../../../contracts/practices';
import type { Reflection } from '../../../../contracts/reflections';
import type { WeeklyReview } from '../../../../contracts/reviews';
import { ItemType, type SharedItem } from '../../../../contracts/sharing';
import type { AspirationDetail } from '../../../../contracts/vision';
import { LoadError } from '../../../components/ui/load-error';
import { MoodDots } from '../../../components/ui/mood-dots';
import { PageLoading } from '../../../components/ui/page-loading';
import { StrengthBar } from '../../../components/ui/strength-bar';
import { GapLabel, TensionBand } from '../../../components/ui/tension-band';
import { ApiError } from '../../../lib/api-client';
import { formatCalendarDate, formatDate, formatTime } from '../../../lib/format';
import { renderMarkdown } from '../../../lib/markdown';
import { scheduleWords, streakWords } from '../../../lib/practice-words';
import { formatPercent, weekNumber, weekRange } from '../../../lib/review-words';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSharedItem } from '../api';

const RUNGS = [
  'data',
  'selected',
  'meanings',
  'assumptions',
  'conclusions',
  'beliefs',
  'actions',
] as const;

/** A week's review by its number and days, e.g. "Week 47 · 16–22 Nov 2026". */
function weekTitle(review: WeeklyReview, t: TFunction): string {
  return t('sharing.item.weekTitle', {
    number: weekNumber(review.week),
    range: weekRange(review.week, navigator.language),
  });
}

/** The words a shared item is called by in a heading, whatever its kind. */
function titleOf(shared: SharedItem, t: TFunction): string {
  switch (shared.itemType) {
    case 'aspiration':
      return shared.item.title;
    case 'reflection':
      return shared.item.title || shared.title;
    case 'learning_item':
      return shared.item.title;
    case 'practice':
      return shared.item.name;
    case 'belief':
      return shared.item.statement;
    case 'weekly_review':
      return weekTitle(shared.item, t);
  }
}

/**
 * `/shared/:type/:id`: one item someone shared with me, read-only, with who shared it and a
 * plain note that they can see I opened it. Anything not shared with me (any more) reads as
 * not found, whatever the reason.
 */
export function SharedItemPage() {
  const { t } = useTranslation();
  const params = useParams();
  const parsedType = ItemType.safeParse(params.type);
  const itemType = parsedType.success ? parsedType.data : null;
  const shared = useSharedItem(itemType, params.id ?? '');
  const { data: me } = useCurrentUser();
  useDocumentTitle(
    shared.data ? titleOf(shared.data, t) || t('sharing.item.untitled') : t('sharing.shared.title'),
  );

  const back = (
    <Link
      to="/shared"
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t('sharing.item.back')}
    </Link>
  );

  if (itemType === null || (shared.error instanceof ApiError && shared.error.status === 404)) {
    return (
      <>
        {back}
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">
          {t('sharing.item.missing')}
        </h1>
        <p className="max-w-prose text-ink-muted">{t('sharing.item.missingBody')}</p>
      </>
    );
  }
  if (shared.isError)
    return <LoadError error={shared.error} onRetry={() => void shared.refetch()} />;
  if (!shared.data || !me) return <PageLoading />;
  const data = shared.data;

  return (
    <>
      {back}
      <article className="flex flex-col gap-8">
        <div className="flex flex-col gap-2">
          <p className="text-sm font-medium text-ink-muted">
            {t('sharing.item.byLine', {
              type: t(`sharing.types.${data.itemType}`),
              name: data.owner.name,
            })}
          </p>
          <p className="flex items-center gap-2 self-start rounded-full bg-sunken px-3 py-1 text-sm text-ink-muted">
            <Eye aria-hidden className="size-4 shrink-0" />
            {t('sharing.item.readOnly', { name: data.owner.name })}
          </p>
        </div>
        <SharedItemView shared={data} timeZone={me.timeZone} />
      </article>
    </>
  );
}

function SharedItemView({ shared, timeZone }: { shared: SharedItem; timeZone: string }) {
  switch (shared.itemType) {
    case 'aspiration':
      return <AspirationView aspiration={shared.item} timeZone={timeZone} />;
    case 'reflection':
      return <ReflectionView reflection={shared.item} timeZone={timeZone} />;
    case 'learning_item':
      return <LearningView item={shared.item} owner={shared.owner.name} />;
    case 'practice':
      return <PracticeView practice={shared.item} />;
    case 'belief':
      return <BeliefView belief={shared.item} />;
    case 'weekly_review':
      return <WeeklyReviewView review={shared.item} owner={shared.owner.name} />;
  }
}

function Title({ children, serif = false }: { children: ReactNode; serif?: boolean }) {
  return (
    <h1
      className={clsx(
        'text-3xl leading-tight font-semibold tracking-tight text-balance break-words text-ink',
        serif && 'font-serif',
      )}
    >
      {children}
    </h1>
  );
}

function Label({ children }: { children: ReactNode }) {
  return (
    <h2 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{children}</h2>
  );
}

function Prose({ children }: { children: ReactNode }) {
  return (
    <p className="max-w-prose font-serif text-[1.0625rem] leading-relaxed whitespace-pre-line break-words text-ink">
      {children}
    </p>
  );
}

function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className="markdown max-w-prose font-serif text-[1.0625rem] leading-relaxed break-words text-ink"
      // Sanitized by DOMPurify in renderMarkdown; nothing else is set as HTML.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function AspirationView({
  aspiration,
  timeZone,
}: {
  aspiration: AspirationDetail;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const openSteps = aspiration.steps.filter((step) => !step.done);
  const latest = aspiration.assessments[0] ?? null;
  const previous = aspiration.assessments[1] ?? null;
  return (
    <>
      <header className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          {t(`vision.domains.${aspiration.domain}`)} · {t(`vision.status.${aspiration.status}`)}
        </p>
        <Title>{aspiration.title}</Title>
        <div className="flex flex-col gap-1">
          <Label>{t('sharing.item.vision')}</Label>
          <Prose>{aspiration.vision}</Prose>
        </div>
      </header>
      <section className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-7">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 className="text-lg font-semibold tracking-tight text-ink">
            {t('sharing.item.tension')}
          </h2>
          <p className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
            {aspiration.tension !== null ? <GapLabel tension={aspiration.tension} /> : null}
            {latest ? (
              <span>
                {t('sharing.item.lastAssessed', {
                  date: formatDate(latest.at, navigator.language, timeZone),
                })}
              </span>
            ) : null}
          </p>
        </div>
        <TensionBand
          size="lg"
          visionLevel={aspiration.visionLevel}
          realityLevel={aspiration.realityLevel}
          previousRealityLevel={previous?.level ?? null}
        />
        {latest?.evidence ? (
          <div className="flex flex-col gap-1">
            <p className="text-sm font-medium text-ink">{t('sharing.item.evidence')}</p>
            <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
              {latest.evidence}
            </p>
          </div>
        ) : null}
      </section>
      <section className="flex flex-col gap-3">
        <Label>{t('sharing.item.steps')}</Label>
        {openSteps.length === 0 ? (
          <p className="text-[0.9375rem] text-ink-muted">{t('sharing.item.noSteps')}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1.5 pl-5 text-ink marker:text-ink-muted">
            {openSteps.map((step) => (
              <li key={step.id} className="break-words">
                {step.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      {aspiration.statusNote ? (
        <section className="flex flex-col gap-2">
          <Label>{t('sharing.item.statusNote')}</Label>
          <Prose>{aspiration.statusNote}</Prose>
        </section>
      ) : null}
    </>
  );
}

function ReflectionView({ reflection, timeZone }: { reflection: Reflection; timeZone: string }) {
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

function LearningView({ item, owner }: { item: LearningItemDetail; owner: string }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">
          {t(`sharing.item.learningKinds.${item.kind}`)} ·{' '}
          {t(`sharing.item.learningStatuses.${item.status}`)}
          {item.totalHours > 0 ? (
            <> · {t('sharing.item.hours', { count: Math.round(item.totalHours * 10) / 10 })}</>
          ) : null}
        </p>
        <Title>{item.title}</Title>
        {item.source ? <p className="text-ink-muted">{item.source}</p> : null}
        {item.url ? (
          <a
            href={item.url}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="self-start rounded-sm text-sm font-medium break-all text-accent-ink underline underline-offset-4"
          >
            {item.url}
          </a>
        ) : null}
      </header>
      {item.insights.trim() ? (
        <section className="flex flex-col gap-2">
          <Label>{t('sharing.item.insights')}</Label>
          <Markdown source={item.insights} />
        </section>
      ) : null}
      <p className="text-sm text-ink-muted">{t('sharing.item.linkedLeftOut', { name: owner })}</p>
    </>
  );
}

function PracticeView({ practice }: { practice: PracticeDetail }) {
  const { t } = useTranslation();
  const best =
    practice.streakUnit === 'week'
      ? t('practice.streak.week', { count: practice.bestStreak })
      : t('practice.streak.day', { count: practice.bestStreak });
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">
          {scheduleWords(practice.schedule, t, navigator.language)}
        </p>
        <Title>{practice.name}</Title>
        {practice.description ? <Prose>{practice.description}</Prose> : null}
      </header>
      <section className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-6">
        <h2 className="sr-only">{t('sharing.item.strengthNow')}</h2>
        <dl className="grid gap-5 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
          <div className="flex flex-col gap-2">
            <dt className="text-sm text-ink-muted">{t('sharing.item.strengthNow')}</dt>
            <dd>
              <StrengthBar strength={practice.strength} size="lg" />
            </dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm text-ink-muted">{t('practices.currentStreak')}</dt>
            <dd className="font-medium text-ink">{streakWords(practice, t)}</dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm text-ink-muted">{t('sharing.item.bestStreak')}</dt>
            <dd className="font-medium text-ink">{best}</dd>
          </div>
        </dl>
        <p className="max-w-prose text-sm leading-relaxed text-ink-muted">
          {t('practice.strengthExplain')}
        </p>
      </section>
    </>
  );
}

function BeliefView({ belief }: { belief: Belief }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">{t(`sharing.item.kinds.${belief.kind}`)}</p>
        <Title serif>{belief.statement}</Title>
      </header>
      {belief.evidenceFor || belief.evidenceAgainst ? (
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-ink-muted">{t('sharing.item.evidenceFor')}</dt>
            <dd className="font-serif leading-relaxed whitespace-pre-line text-ink">
              {belief.evidenceFor || '—'}
            </dd>
          </div>
          <div className="flex flex-col gap-1">
            <dt className="text-sm font-medium text-ink-muted">
              {t('sharing.item.evidenceAgainst')}
            </dt>
            <dd className="font-serif leading-relaxed whitespace-pre-line text-ink">
              {belief.evidenceAgainst || '—'}
            </dd>
          </div>
        </dl>
      ) : null}
      {belief.reframe ? (
        <div className="flex flex-col gap-1 rounded-lg bg-accent-soft/60 px-4 py-3">
          <p className="text-sm font-medium text-accent-ink">{t('sharing.item.reframe')}</p>
          <p className="max-w-prose font-serif leading-relaxed whitespace-pre-line text-ink">
            {belief.reframe}
          </p>
        </div>
      ) : null}
    </>
  );
}

function WeeklyReviewView({ review, owner }: { review: WeeklyReview; owner: string }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const answers = [
    ['wentWell', review.wentWell],
    ['learned', review.learned],
  ] as const;
  return (
    <>
      <Title>{weekTitle(review, t)}</Title>
      <section className="flex flex-col gap-1 rounded-xl border border-line bg-surface p-5 sm:p-6">
        <Label>{t('sharing.item.alignment')}</Label>
        {review.alignment === null ? (
          <p className="text-ink-muted">{t('sharing.item.notRated')}</p>
        ) : (
          <>
            <p className="text-3xl font-semibold text-ink tabular-nums">
              {formatPercent(review.alignment, locale)}
            </p>
            <p className="max-w-prose text-sm text-ink-muted">
              {t('sharing.item.alignmentExplain', { name: owner })}
            </p>
          </>
        )}
      </section>
      {answers.map(([part, text]) => (
        <section key={part} className="flex flex-col gap-2">
          <Label>{t(`sharing.item.${part}`)}</Label>
          {text.trim() ? (
            <Prose>{text}</Prose>
          ) : (
            <p className="text-[0.9375rem] text-ink-muted">{t('sharing.item.nothingWritten')}</p>
          )}
        </section>
      ))}
      {review.valueRatings.length > 0 ? (
        <section className="flex flex-col gap-3">
          <Label>{t('sharing.item.values')}</Label>
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {review.valueRatings.map((rating, index) => (
              <li key={rating.valueId ?? index} className="flex flex-col gap-1 px-4 py-3">
                <div className="flex items-baseline justify-between gap-4">
                  <span className="font-medium break-words text-ink">{rating.name}</span>
                  <span className="shrink-0 text-ink-muted tabular-nums">
                    {t('review.rating.of', { value: rating.rating })}
                  </span>
                </div>
                {rating.evidence ? (
                  <p className="max-w-prose text-[0.9375rem] whitespace-pre-line break-words text-ink-muted">
                    {rating.evidence}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="flex flex-col gap-2">
        <Label>{t('sharing.item.focus')}</Label>
        {review.focus.trim() ? (
          <Prose>{review.focus}</Prose>
        ) : (
          <p className="text-[0.9375rem] text-ink-muted">{t('sharing.item.nothingWritten')}</p>
        )}
      </section>
    </>
  );
}
