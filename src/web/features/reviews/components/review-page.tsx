import { clsx } from 'clsx';
import { ChevronRight, Mountain } from 'lucide-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { alignment } from '../../../../core/alignment';
import { isoWeekOf } from '../../../../core/calendar';
import { MAX_REVIEW_TEXT, type WeeklyReview } from '../../../../contracts/reviews';
import type { AspirationSummary, Value } from '../../../../contracts/vision';
import { Button, buttonClasses } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { PageLoading } from '../../../components/ui/page-loading';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useActiveAspirations,
  useAlignmentTrend,
  useMyValues,
  useSaveReview,
  useTodayDate,
  useWeeklyReviews,
  type RealityUpdate,
} from '../api';
import { formatPercent, weekNumber, weekRange } from '../../../lib/review-words';
import { AlignmentChart } from './alignment-chart';
import { RatingField } from './rating-field';

/** How many of my values, by rank, the review asks about. */
const TOP_VALUES = 5;

/**
 * This week's review: a calm guided flow of five steps on one page (what went well, what I
 * learned, my values rated 0–10 with the live alignment, an optional update of each active
 * aspiration's reality, next week's focus), then the alignment trend and past weeks.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('review.title'));
  const today = useTodayDate();
  const week = today.data ? isoWeekOf(today.data) : undefined;
  // This week's review, if any, is the newest in the list (a GET of a week not yet reviewed
  // would answer 404, which the browser reports as an error).
  const reviews = useWeeklyReviews();
  const values = useMyValues();
  const aspirations = useActiveAspirations();
  const queries = [today, reviews, values, aspirations];
  const failed = queries.find((query) => query.isError);

  return (
    <>
      <header className="mb-10 flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('review.title')}</h1>
        {week ? (
          <p className="text-sm font-medium text-ink-muted">
            {t('review.week', { number: weekNumber(week) })} · {weekRange(week, navigator.language)}
          </p>
        ) : null}
        <p className="max-w-prose text-ink-muted">{t('review.lead')}</p>
      </header>
      {failed ? (
        <FormAlert>
          {describeError(failed.error, t)}{' '}
          <button
            type="button"
            onClick={() => queries.forEach((query) => void query.refetch())}
            className="font-medium underline underline-offset-4"
          >
            {t('common.tryAgain')}
          </button>
        </FormAlert>
      ) : !week || !reviews.data || !values.data || !aspirations.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-12">
          <ReviewForm
            key={week}
            week={week}
            saved={reviews.data.find((review) => review.week === week) ?? null}
            values={values.data.slice(0, TOP_VALUES)}
            aspirations={aspirations.data}
          />
          <TrendSection />
          <PastReviews currentWeek={week} />
        </div>
      )}
    </>
  );
}

interface Rating {
  rating: number | null;
  evidence: string;
}

interface RealityDraft {
  open: boolean;
  level: number | null;
  evidence: string;
}

function ReviewForm({
  week,
  saved,
  values,
  aspirations,
}: {
  week: string;
  saved: WeeklyReview | null;
  values: Value[];
  aspirations: AspirationSummary[];
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveReview();
  const [wentWell, setWentWell] = useState(saved?.wentWell ?? '');
  const [learned, setLearned] = useState(saved?.learned ?? '');
  const [focus, setFocus] = useState(saved?.focus ?? '');
  const [ratings, setRatings] = useState<Record<string, Rating>>(() =>
    Object.fromEntries(
      values.map((value) => {
        const earlier = saved?.valueRatings.find((r) => r.valueId === value.id);
        return [value.id, { rating: earlier?.rating ?? null, evidence: earlier?.evidence ?? '' }];
      }),
    ),
  );
  const [reality, setReality] = useState<Record<string, RealityDraft>>({});
  const [savedOnce, setSavedOnce] = useState(saved !== null);
  const [justSaved, setJustSaved] = useState(false);

  const rated = values.filter((value) => ratings[value.id]?.rating != null);
  const percent = alignment(rated.map((value) => ratings[value.id]?.rating ?? 0));
  const setRating = (id: string, patch: Partial<Rating>) => {
    setJustSaved(false);
    setRatings((current) => ({
      ...current,
      [id]: { rating: null, evidence: '', ...current[id], ...patch },
    }));
  };
  const setDraft = (aspiration: AspirationSummary, patch: Partial<RealityDraft>) => {
    setJustSaved(false);
    setReality((current) => ({
      ...current,
      [aspiration.id]: {
        open: false,
        level: aspiration.realityLevel,
        evidence: '',
        ...current[aspiration.id],
        ...patch,
      },
    }));
  };
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setJustSaved(false);
      set(value);
    };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const updates: RealityUpdate[] = aspirations.flatMap((aspiration) => {
      const draft = reality[aspiration.id];
      return draft?.open && draft.level !== null
        ? [{ aspirationId: aspiration.id, level: draft.level, evidence: draft.evidence.trim() }]
        : [];
    });
    save.mutate(
      {
        review: {
          week,
          valueRatings: rated.map((value) => ({
            valueId: value.id,
            rating: ratings[value.id]?.rating ?? 0,
            evidence: ratings[value.id]?.evidence.trim() ?? '',
          })),
          wentWell: wentWell.trim(),
          learned: learned.trim(),
          focus: focus.trim(),
        },
        reality: updates,
      },
      {
        onSuccess: () => {
          // Reality is recorded once; a second save should not record it again.
          setReality({});
          setSavedOnce(true);
          setJustSaved(true);
          toast(t('review.saved'));
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      <Step number={1} title={t('review.steps.wentWell.title')}>
        <TextareaField
          label={t('review.steps.wentWell.label')}
          hint={t('review.steps.wentWell.hint')}
          value={wentWell}
          onChange={(event) => edited(setWentWell)(event.target.value)}
          maxLength={MAX_REVIEW_TEXT}
          rows={3}
          prose
        />
      </Step>
      <Step number={2} title={t('review.steps.learned.title')}>
        <TextareaField
          label={t('review.steps.learned.label')}
          hint={t('review.steps.learned.hint')}
          value={learned}
          onChange={(event) => edited(setLearned)(event.target.value)}
          maxLength={MAX_REVIEW_TEXT}
          rows={3}
          prose
        />
      </Step>
      <Step
        number={3}
        title={t('review.steps.values.title')}
        description={values.length > 0 ? t('review.steps.values.description') : undefined}
      >
        {values.length === 0 ? (
          <div className="flex flex-col items-start gap-4">
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">
              {t('review.steps.values.empty')}
            </p>
            <Link to="/vision" className={buttonClasses('secondary')}>
              <Mountain aria-hidden className="size-4" />
              {t('review.steps.values.toVision')}
            </Link>
          </div>
        ) : (
          <div className="flex flex-col gap-8">
            {values.map((value) => (
              <RatingField
                key={value.id}
                legend={value.name}
                value={ratings[value.id]?.rating ?? null}
                onChange={(rating) => setRating(value.id, { rating })}
                low={t('review.rating.low')}
                high={t('review.rating.high')}
              >
                <TextareaField
                  label={t('review.rating.evidence', { value: value.name })}
                  value={ratings[value.id]?.evidence ?? ''}
                  onChange={(event) => setRating(value.id, { evidence: event.target.value })}
                  maxLength={MAX_REVIEW_TEXT}
                  rows={2}
                  className="mt-2"
                />
              </RatingField>
            ))}
            <LiveAlignment percent={percent} />
          </div>
        )}
      </Step>
      <Step
        number={4}
        title={t('review.steps.reality.title')}
        description={aspirations.length > 0 ? t('review.steps.reality.description') : undefined}
      >
        {aspirations.length === 0 ? (
          <p className="max-w-prose text-[0.9375rem] text-ink-muted">
            {t('review.steps.reality.empty')}{' '}
            <Link to="/vision" className="font-medium text-accent-ink underline underline-offset-4">
              {t('review.steps.values.toVision')}
            </Link>
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-line">
            {aspirations.map((aspiration) => (
              <RealityRow
                key={aspiration.id}
                aspiration={aspiration}
                draft={reality[aspiration.id]}
                onChange={(patch) => setDraft(aspiration, patch)}
              />
            ))}
          </ul>
        )}
      </Step>
      <Step number={5} title={t('review.steps.focus.title')}>
        <TextareaField
          label={t('review.steps.focus.label')}
          hint={t('review.steps.focus.hint')}
          value={focus}
          onChange={(event) => edited(setFocus)(event.target.value)}
          maxLength={MAX_REVIEW_TEXT}
          rows={3}
          prose
        />
      </Step>
      {save.isError ? <FormAlert>{describeError(save.error, t)}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary" loading={save.isPending}>
          {savedOnce ? t('review.update') : t('review.save')}
        </Button>
        <p role="status" className="text-sm text-ink-muted">
          {justSaved ? t('review.savedQuiet') : ''}
        </p>
      </div>
    </form>
  );
}

function Step({
  number,
  title,
  description,
  children,
}: {
  number: number;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <header className="mb-5 flex flex-col gap-1">
        <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
          {t('review.stepOf', { number, count: 5 })}
        </p>
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-ink">
          {title}
        </h2>
        {description ? (
          <p className="max-w-prose text-[0.9375rem] text-ink-muted">{description}</p>
        ) : null}
      </header>
      {children}
    </section>
  );
}

/** The week's alignment as it is being rated: information, never a verdict. */
function LiveAlignment({ percent }: { percent: number | null }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-2 rounded-lg bg-accent-soft px-4 py-3">
      <p role="status" className="text-[0.9375rem] text-ink">
        {percent === null
          ? t('review.live.none')
          : t('review.live.percent', { percent: formatPercent(percent, navigator.language) })}
      </p>
      <div aria-hidden className="h-1.5 w-full overflow-hidden rounded-full bg-surface">
        <div
          className="h-full rounded-full bg-accent transition-[width] duration-300 motion-reduce:transition-none"
          style={{ width: `${percent ?? 0}%` }}
        />
      </div>
    </div>
  );
}

function RealityRow({
  aspiration,
  draft,
  onChange,
}: {
  aspiration: AspirationSummary;
  draft: RealityDraft | undefined;
  onChange: (patch: Partial<RealityDraft>) => void;
}) {
  const { t } = useTranslation();
  const panelId = useId();
  const open = draft?.open ?? false;
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="flex min-w-0 flex-col">
          <span className="font-medium break-words text-ink">{aspiration.title}</span>
          <span className="text-sm text-ink-muted">
            {aspiration.realityLevel === null
              ? t('review.steps.reality.notAssessed', { vision: aspiration.visionLevel })
              : t('review.steps.reality.levels', {
                  reality: aspiration.realityLevel,
                  vision: aspiration.visionLevel,
                })}
          </span>
        </div>
        <Button
          size="sm"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => onChange({ open: !open })}
          icon={
            <ChevronRight
              aria-hidden
              className={clsx(
                'size-4 transition-transform duration-150 motion-reduce:transition-none',
                open && 'rotate-90',
              )}
            />
          }
        >
          {t('review.steps.reality.open')}
        </Button>
      </div>
      <div id={panelId} hidden={!open} className="flex flex-col gap-3">
        {open ? (
          <RatingField
            legend={t('review.steps.reality.level', { title: aspiration.title })}
            value={draft?.level ?? null}
            onChange={(level) => onChange({ level })}
            low={t('review.steps.reality.low')}
            high={t('review.steps.reality.high')}
          >
            <TextareaField
              label={t('review.steps.reality.evidence')}
              hint={t('review.steps.reality.evidenceHint')}
              value={draft?.evidence ?? ''}
              onChange={(event) => onChange({ evidence: event.target.value })}
              maxLength={MAX_REVIEW_TEXT}
              rows={2}
              className="mt-2"
            />
          </RatingField>
        ) : null}
      </div>
    </li>
  );
}

function TrendSection() {
  const { t } = useTranslation();
  const trend = useAlignmentTrend();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
          {t('review.trend.title')}
        </h2>
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">{t('review.trend.lead')}</p>
      </header>
      {trend.isError ? (
        <FormAlert>{describeError(trend.error, t)}</FormAlert>
      ) : trend.data ? (
        <AlignmentChart trend={trend.data} />
      ) : null}
    </section>
  );
}

function PastReviews({ currentWeek }: { currentWeek: string }) {
  const { t } = useTranslation();
  const list = useWeeklyReviews();
  const headingId = useId();
  const locale = navigator.language;
  const past = (list.data ?? []).filter((review) => review.week !== currentWeek);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink">
        {t('review.past.title')}
      </h2>
      {list.isError ? (
        <FormAlert>{describeError(list.error, t)}</FormAlert>
      ) : !list.data ? null : past.length === 0 ? (
        <p className="max-w-prose text-[0.9375rem] text-ink-muted">{t('review.past.empty')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {past.map((review) => (
            <li
              key={review.week}
              className="relative flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-sunken/50 sm:px-5"
            >
              <Link
                to={`/review/${review.week}`}
                className="rounded-sm font-medium text-ink after:absolute after:inset-0 hover:text-accent-ink"
              >
                {t('review.week', { number: weekNumber(review.week) })}
                <span className="font-normal text-ink-muted">
                  {' '}
                  · {weekRange(review.week, locale)}
                </span>
              </Link>
              <span className="text-sm text-ink-muted tabular-nums">
                {review.alignment === null
                  ? t('review.past.notRated')
                  : t('review.past.alignment', {
                      percent: formatPercent(review.alignment, locale),
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
