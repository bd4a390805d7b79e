import { useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationSummary } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { TensionBand } from '../../../components/ui/tension-band';
import { useSchemaSoon } from '../../../lib/schema-on-use';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAssessReality } from '../api';
import { assessmentBody } from '../schemas';
import { checkedReality } from './checked-reality';
import { REALITY_FIELDS, RealityFields, type RealityDraft } from './reality-fields';
import { StepFrame } from './step-frame';

/** The welcome's step that states the aspiration's current reality. */
export function RealityStep({
  headingRef,
  aspiration,
  onDone,
  finishing,
  back,
  skip,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  aspiration: AspirationSummary;
  onDone: () => void;
  finishing: boolean;
  back: ReactNode;
  skip: ReactNode;
}) {
  const { t } = useTranslation();
  const assess = useAssessReality();
  const [draft, setDraft] = useState<RealityDraft>({
    level: Math.min(5, aspiration.visionLevel),
    evidence: '',
  });
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(REALITY_FIELDS);

  useSchemaSoon(assessmentBody);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assess.isPending || finishing) return;
    const body = await checkedReality(draft, validate);
    if (!body) return;
    assess.mutate({ id: aspiration.id, ...body }, { onSuccess: onDone, onError: showApiError });
  };

  return (
    <StepFrame
      headingRef={headingRef}
      title={t('welcome.reality.title')}
      lead={t('welcome.reality.lead', { title: aspiration.title })}
      explain={t('welcome.reality.explain')}
      onSubmit={(event) => void onSubmit(event)}
      formRef={formRef}
      general={general}
      back={back}
      skip={skip}
      next={
        <Button type="submit" variant="primary" loading={assess.isPending || finishing}>
          {t('welcome.finish')}
        </Button>
      }
    >
      <div className="rounded-xl border border-line bg-surface px-4 pt-3 pb-2">
        <TensionBand visionLevel={aspiration.visionLevel} realityLevel={draft.level} />
      </div>
      <RealityFields
        draft={draft}
        onChange={setDraft}
        errors={fieldErrors}
        visionLevel={aspiration.visionLevel}
      />
    </StepFrame>
  );
}
