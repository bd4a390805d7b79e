import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useNavigate } from 'react-router';
import type { AspirationSummary } from '../../../../contracts/vision';
import { Brand } from '../../../components/ui/brand';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAspirations, useFinishOnboarding, usePurpose, useValues } from '../api';
import { ValuesEditor } from './values-editor';
import { firstOpenStep, STEPS } from './steps';
import { PurposeStep } from './purpose-step';
import { StepFrame } from './step-frame';
import { AspirationStep } from './aspiration-step';
import { RealityStep } from './reality-step';
import { Progress } from './progress';

type Step = (typeof STEPS)[number];

/**
 * The first-visit guide, calm and skippable: purpose → values → a first aspiration → an honest
 * look at today. Each step saves as it goes, and a re-opened guide starts at the first step not
 * done, showing the aspiration already made rather than an empty form. "Skip for now" leaves at
 * any point; finishing or skipping lands on Today, and the Vision page holds everything.
 */
export function WelcomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('welcome.title'));
  const { data: user } = useCurrentUser();
  const purpose = usePurpose();
  const values = useValues();
  const aspirations = useAspirations('active');
  const [step, setStep] = useState<Step>('purpose');
  const [aspiration, setAspiration] = useState<AspirationSummary | null>(null);
  const [resumed, setResumed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedStep = useRef<Step | null>(null);
  const finish = useFinishOnboarding();
  const navigate = useNavigate();
  const toast = useToast();

  // Once what is already written has loaded, start at the first step not done (state set while
  // rendering, once, so the first step drawn is already the right one).
  if (!resumed && purpose.data && values.data && aspirations.data) {
    const made = aspirations.data[0] ?? null;
    setResumed(true);
    setAspiration(made);
    setStep(
      firstOpenStep({
        purpose: Boolean(purpose.data.text?.trim()),
        values: values.data.length > 0,
        aspiration: made !== null,
      }),
    );
  }

  const ready = Boolean(resumed && user && purpose.data && values.data);
  useEffect(() => {
    if (!ready || focusedStep.current === step) return;
    const first = focusedStep.current === null;
    focusedStep.current = step;
    // Each new step is announced by moving focus to its heading. On arrival, only when focus
    // was lost while the page loaded.
    const active = document.activeElement;
    if (first && active !== null && active !== document.body) return;
    headingRef.current?.focus({ preventScroll: true });
    if (!first) window.scrollTo(0, 0);
  }, [ready, step]);

  const leave = (state: 'done' | 'skipped') =>
    finish.mutate(state, {
      onSuccess: () => void navigate('/today', { replace: true }),
      onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
    });

  const go = (next: Step) => setStep(next);
  const index = STEPS.indexOf(step);

  const skip = (
    <Button
      variant="ghost"
      loading={finish.isPending && finish.variables === 'skipped'}
      onClick={() => leave('skipped')}
    >
      {t('welcome.skip')}
    </Button>
  );

  const back = (to: Step) => (
    <Button
      variant="ghost"
      icon={<ArrowLeft aria-hidden className="size-4" />}
      onClick={() => go(to)}
    >
      {t('welcome.back')}
    </Button>
  );

  let content: ReactNode;
  if (!ready || !user || !purpose.data || !values.data) {
    content =
      purpose.isError || values.isError || aspirations.isError ? (
        <FormAlert>
          {describeError(purpose.error ?? values.error ?? aspirations.error, t)}
        </FormAlert>
      ) : (
        <PageLoading />
      );
  } else if (step === 'purpose') {
    content = (
      <PurposeStep
        headingRef={headingRef}
        name={user.name}
        saved={purpose.data.text ?? ''}
        onNext={() => go('values')}
        skip={skip}
      />
    );
  } else if (step === 'values') {
    content = (
      <StepFrame
        headingRef={headingRef}
        title={t('welcome.values.title')}
        lead={t('welcome.values.lead')}
        back={back('purpose')}
        skip={skip}
        next={
          <Button variant="primary" onClick={() => go('aspiration')}>
            {t('welcome.continue')}
          </Button>
        }
      >
        <ValuesEditor values={values.data} compact />
      </StepFrame>
    );
  } else if (step === 'aspiration') {
    content = (
      <AspirationStep
        headingRef={headingRef}
        created={aspiration}
        onCreated={setAspiration}
        onNext={() => go('reality')}
        back={back('values')}
        skip={skip}
      />
    );
  } else if (aspiration) {
    content = (
      <RealityStep
        headingRef={headingRef}
        aspiration={aspiration}
        onDone={() => leave('done')}
        finishing={finish.isPending}
        back={back('aspiration')}
        skip={skip}
      />
    );
  }

  return (
    <div className="flex min-h-dvh flex-col px-4">
      <header className="mx-auto flex w-full max-w-2xl items-center justify-between pt-8 pb-6 sm:pt-12">
        <Brand />
        <Progress index={index} />
      </header>
      <main id="main" className="mx-auto flex w-full max-w-2xl flex-1 flex-col pb-16">
        <p className="mb-2 text-sm font-medium text-ink-muted">
          {t('welcome.stepOf', { step: index + 1, total: STEPS.length })}
        </p>
        {content}
      </main>
    </div>
  );
}
