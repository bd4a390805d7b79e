import { Mountain } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { alignment } from '../../../../core/alignment';
import { MAX_REVIEW_TEXT, type WeeklyReview } from '../../../../contracts/reviews';
import type { AspirationSummary, Value } from '../../../../contracts/vision';
import { Button, buttonClasses } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useSaveReview, type RealityUpdate } from '../api';
import { RatingField } from './rating-field';
import type { RealityDraft } from './reality-draft';
import { Step } from './step';
import { LiveAlignment } from './live-alignment';
import { RealityRow } from './reality-row';

interface Rating {
  rating: number | null;
  evidence: string;
}

/** The weekly review, step by step, saved as one. */
export function ReviewForm({
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
