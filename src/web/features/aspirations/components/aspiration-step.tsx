import { Check } from 'lucide-react';
import { useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { AspirationSummary } from '../../../../contracts/vision';
import { Button } from '../../../components/ui/button';
import { useSchemaSoon } from '../../../lib/schema-on-use';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateAspiration } from '../api';
import { createAspirationBody } from '../schemas';
import {
  ASPIRATION_FIELDS,
  AspirationFields,
  EMPTY_ASPIRATION,
  type AspirationDraft,
} from './aspiration-fields';
import { checkedAspiration } from './checked-aspiration';
import { DomainLabel } from './domain';
import { StepFrame } from './step-frame';

/**
 * The welcome's step that writes a first aspiration, or shows the one already made (a re-opened
 * guide never invites a duplicate). Its one main button is "Continue"; leaving without one is
 * "Skip for now".
 */
export function AspirationStep({
  headingRef,
  created,
  onCreated,
  onNext,
  back,
  skip,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  created: AspirationSummary | null;
  onCreated: (aspiration: AspirationSummary) => void;
  onNext: () => void;
  back: ReactNode;
  skip: ReactNode;
}) {
  const { t } = useTranslation();
  const create = useCreateAspiration();
  const [draft, setDraft] = useState<AspirationDraft>(EMPTY_ASPIRATION);
  const { formRef, fieldErrors, general, validate, showApiError } =
    useFormErrors(ASPIRATION_FIELDS);

  useSchemaSoon(createAspirationBody);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (created) {
      onNext();
      return;
    }
    if (create.isPending) return;
    const body = await checkedAspiration(draft, validate, t);
    if (!body) return;
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
      onSubmit={(event) => void onSubmit(event)}
      formRef={formRef}
      general={created ? null : general}
      back={back}
      skip={skip}
      next={
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t('welcome.continue')}
        </Button>
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
        <AspirationFields draft={draft} onChange={setDraft} errors={fieldErrors} />
      )}
    </StepFrame>
  );
}
