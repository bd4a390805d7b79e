import { clsx } from 'clsx';
import { ArrowLeft, Check } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  AssessmentBody,
  CreateAspirationBody,
  PurposeBody,
  type AspirationDetail,
} from '../../../../contracts/vision';
import { Brand } from '../../../components/ui/brand';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { PageLoading } from '../../../components/ui/page-loading';
import { TensionBand } from '../../../components/ui/tension-band';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  useAssessReality,
  useCreateAspiration,
  useFinishOnboarding,
  usePurpose,
  useSavePurpose,
  useValues,
} from '../api';
import {
  ASPIRATION_FIELDS,
  AspirationFields,
  EMPTY_ASPIRATION,
  type AspirationDraft,
} from './aspiration-fields';
import { DomainLabel } from './domain';
import { REALITY_FIELDS, RealityFields, type RealityDraft } from './reality-fields';
import { ValuesEditor } from './values-section';

const STEPS = ['purpose', 'values', 'aspiration', 'reality'] as const;
type Step = (typeof STEPS)[number];
const PURPOSE_FIELDS = ['text'] as const;

/**
 * The first-visit guide, calm and skippable: purpose → values → a first aspiration → an honest
 * look at today. Each step saves as it goes; "Skip for now" leaves at any point, and the Vision
 * page holds everything afterwards.
 */
export function WelcomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('welcome.title'));
  const { data: user } = useCurrentUser();
  const purpose = usePurpose();
  const values = useValues();
  const [step, setStep] = useState<Step>('purpose');
  const [aspiration, setAspiration] = useState<AspirationDetail | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedStep = useRef<Step | null>(null);
  const finish = useFinishOnboarding();
  const navigate = useNavigate();
  const toast = useToast();

  const ready = Boolean(user && purpose.data && values.data);
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
      onSuccess: () => void navigate('/vision', { replace: true }),
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
      purpose.isError || values.isError ? (
        <FormAlert>{describeError(purpose.error ?? values.error, t)}</FormAlert>
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
        footer={
          <>
            {back('purpose')}
            <span aria-hidden className="hidden sm:block sm:flex-1" />
            {skip}
            <Button variant="primary" onClick={() => go('aspiration')}>
              {t('welcome.continue')}
            </Button>
          </>
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
        onNothing={() => leave('done')}
        finishing={finish.isPending}
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

function Progress({ index }: { index: number }) {
  return (
    <ol aria-hidden className="flex items-center gap-1.5">
      {STEPS.map((step, i) => (
        <li
          key={step}
          className={clsx(
            'h-1.5 rounded-full transition-all duration-300',
            i === index ? 'w-8 bg-accent' : i < index ? 'w-4 bg-accent/50' : 'w-4 bg-line',
          )}
        />
      ))}
    </ol>
  );
}

function StepFrame({
  headingRef,
  title,
  lead,
  explain,
  children,
  footer,
  onSubmit,
  formRef,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  lead: ReactNode;
  explain?: ReactNode;
  children: ReactNode;
  footer: ReactNode;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  formRef?: Ref<HTMLFormElement>;
}) {
  const body = (
    <>
      <div className="flex flex-col gap-5">{children}</div>
      {/* On phones the buttons stack, the main one on top and full width. */}
      <div className="mt-10 flex flex-col-reverse gap-2 border-t border-line pt-6 *:w-full sm:flex-row sm:items-center sm:*:w-auto">
        {footer}
      </div>
    </>
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-semibold tracking-tight text-balance text-ink"
        >
          {title}
        </h1>
        <p className="max-w-prose text-[1.0625rem] leading-relaxed text-ink-muted">{lead}</p>
        {explain ? (
          <div className="rounded-xl border border-line bg-surface px-4 py-3 text-[0.9375rem] leading-relaxed text-ink-muted">
            {explain}
          </div>
        ) : null}
      </div>
      {onSubmit ? (
        <form ref={formRef} noValidate onSubmit={onSubmit}>
          {body}
        </form>
      ) : (
        <div>{body}</div>
      )}
    </div>
  );
}

function PurposeStep({
  headingRef,
  name,
  saved,
  onNext,
  skip,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  name: string;
  saved: string;
  onNext: () => void;
  skip: ReactNode;
}) {
  const { t } = useTranslation();
  const save = useSavePurpose();
  const [text, setText] = useState(saved);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(PURPOSE_FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const value = text.trim();
    // Blank is fine: purpose can wait.
    if (!value || value === saved.trim()) {
      onNext();
      return;
    }
    if (!validate(PurposeBody, { text: value })) return;
    save.mutate(value, { onSuccess: onNext, onError: showApiError });
  };

  return (
    <StepFrame
      headingRef={headingRef}
      title={t('welcome.purpose.title')}
      lead={t('welcome.purpose.lead', { name })}
      explain={t('welcome.purpose.explain')}
      onSubmit={onSubmit}
      formRef={formRef}
      footer={
        <>
          <span aria-hidden className="hidden sm:block sm:flex-1" />
          {skip}
          <Button type="submit" variant="primary" loading={save.isPending}>
            {t('welcome.continue')}
          </Button>
        </>
      }
    >
      {general ? <FormAlert>{general}</FormAlert> : null}
      <TextareaField
        label={t('welcome.purpose.field')}
        name="text"
        rows={4}
        maxLength={2000}
        prose
        value={text}
        onChange={(event) => setText(event.target.value)}
        guide={t('welcome.purpose.guide')}
        hint={t('welcome.purpose.hint')}
        error={fieldErrors.text}
      />
    </StepFrame>
  );
}

function AspirationStep({
  headingRef,
  created,
  onCreated,
  onNext,
  onNothing,
  finishing,
  back,
  skip,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  created: AspirationDetail | null;
  onCreated: (aspiration: AspirationDetail) => void;
  onNext: () => void;
  onNothing: () => void;
  finishing: boolean;
  back: ReactNode;
  skip: ReactNode;
}) {
  const { t } = useTranslation();
  const create = useCreateAspiration();
  const [draft, setDraft] = useState<AspirationDraft>(EMPTY_ASPIRATION);
  const { formRef, fieldErrors, general, validate, showApiError } =
    useFormErrors(ASPIRATION_FIELDS);
  const blank = !draft.title.trim() && !draft.vision.trim();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (created) {
      onNext();
      return;
    }
    if (create.isPending) return;
    // Nothing written: the guide ends here, and the Vision page is ready when they are.
    if (blank) {
      onNothing();
      return;
    }
    const body = { ...draft, title: draft.title.trim(), vision: draft.vision.trim() };
    const valid = validate(CreateAspirationBody, body, {
      title: t('vision.aspiration.titleRequired'),
      vision: t('vision.aspiration.visionRequired'),
    });
    if (!valid) return;
    create.mutate(body, {
      onSuccess: (aspiration) => {
        onCreated(aspiration);
        onNext();
      },
      onError: showApiError,
    });
  };

  return (
    <StepFrame
      headingRef={headingRef}
      title={t('welcome.aspiration.title')}
      lead={t('welcome.aspiration.lead')}
      explain={t('welcome.aspiration.explain')}
      onSubmit={onSubmit}
      formRef={formRef}
      footer={
        <>
          {back}
          <span aria-hidden className="hidden sm:block sm:flex-1" />
          {skip}
          <Button type="submit" variant="primary" loading={create.isPending || finishing}>
            {!created && blank ? t('welcome.aspiration.later') : t('welcome.continue')}
          </Button>
        </>
      }
    >
      {created ? (
        <div className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
          <p className="flex items-center gap-2 text-sm font-medium text-accent-ink">
            <Check aria-hidden className="size-4" />
            {t('welcome.aspiration.saved')}
          </p>
          <DomainLabel domain={created.domain} />
          <p className="text-lg font-semibold text-ink">{created.title}</p>
          <p className="font-serif leading-relaxed text-ink-muted">{created.vision}</p>
          <p className="text-sm text-ink-muted">
            {t('welcome.aspiration.savedHint', { level: created.visionLevel })}
          </p>
        </div>
      ) : (
        <>
          {general ? <FormAlert>{general}</FormAlert> : null}
          <AspirationFields draft={draft} onChange={setDraft} errors={fieldErrors} />
        </>
      )}
    </StepFrame>
  );
}

function RealityStep({
  headingRef,
  aspiration,
  onDone,
  finishing,
  back,
  skip,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  aspiration: AspirationDetail;
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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assess.isPending || finishing) return;
    const body = { level: draft.level, evidence: draft.evidence.trim() };
    if (!validate(AssessmentBody, body)) return;
    assess.mutate({ id: aspiration.id, ...body }, { onSuccess: onDone, onError: showApiError });
  };

  return (
    <StepFrame
      headingRef={headingRef}
      title={t('welcome.reality.title')}
      lead={t('welcome.reality.lead', { title: aspiration.title })}
      explain={t('welcome.reality.explain')}
      onSubmit={onSubmit}
      formRef={formRef}
      footer={
        <>
          {back}
          <span aria-hidden className="hidden sm:block sm:flex-1" />
          {skip}
          <Button type="submit" variant="primary" loading={assess.isPending || finishing}>
            {t('welcome.finish')}
          </Button>
        </>
      }
    >
      {general ? <FormAlert>{general}</FormAlert> : null}
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
