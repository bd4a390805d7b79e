import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateBeliefBody, type Belief, type BeliefKind } from '../../../../contracts/beliefs';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateBelief, useUpdateBelief } from '../api';

const FIELDS = ['statement', 'kind', 'evidenceFor', 'evidenceAgainst', 'reframe'] as const;

interface Draft {
  statement: string;
  kind: BeliefKind;
  evidenceFor: string;
  evidenceAgainst: string;
  reframe: string;
}

/**
 * Examines a belief — its statement, whether it limits or empowers, the evidence for and
 * against, and a truer way to say it — or, given `belief`, changes one. `sourceReflectionId`
 * links a new belief to the reflection it was noticed in.
 */
export function BeliefDialog({
  open,
  onOpenChange,
  belief,
  initialStatement = '',
  sourceReflectionId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  belief?: Belief;
  initialStatement?: string;
  sourceReflectionId?: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateBelief();
  const update = useUpdateBelief();
  const initial = (): Draft =>
    belief
      ? {
          statement: belief.statement,
          kind: belief.kind,
          evidenceFor: belief.evidenceFor,
          evidenceAgainst: belief.evidenceAgainst,
          reframe: belief.reframe,
        }
      : {
          statement: initialStatement,
          kind: 'limiting',
          evidenceFor: '',
          evidenceAgainst: '',
          reframe: '',
        };
  const [draft, setDraft] = useState<Draft>(initial);
  const [shownFor, setShownFor] = useState({ open, initialStatement });
  // A new opening (or a new statement to examine) starts from a fresh draft.
  if (shownFor.open !== open || shownFor.initialStatement !== initialStatement) {
    setShownFor({ open, initialStatement });
    if (open) setDraft(initial());
  }
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);
  const pending = create.isPending || update.isPending;
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      show({});
      create.reset();
      update.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    if (!validate(CreateBeliefBody, draft, { statement: t('beliefs.fields.statementRequired') }))
      return;
    if (belief) {
      update.mutate(
        { id: belief.id, ...draft },
        {
          onSuccess: () => {
            close(false);
            toast(t('beliefs.saved'));
          },
          onError: showApiError,
        },
      );
    } else {
      create.mutate(
        { ...draft, ...(sourceReflectionId ? { sourceReflectionId } : {}) },
        {
          onSuccess: () => {
            close(false);
            toast({
              title: t('beliefs.added'),
              description: sourceReflectionId ? t('beliefs.addedHint') : undefined,
            });
          },
          onError: showApiError,
        },
      );
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={belief ? t('beliefs.edit.title') : t('beliefs.new.title')}
      description={
        <>
          {t('beliefs.new.description')}{' '}
          <Link
            to="/beliefs"
            className="font-medium text-accent-ink underline underline-offset-4"
            onClick={() => close(false)}
          >
            {t('beliefs.registerLink')}
          </Link>
        </>
      }
      className="sm:max-w-xl"
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('beliefs.save')}
      pending={pending}
    >
      <TextareaField
        label={t('beliefs.fields.statement')}
        name="statement"
        prose
        rows={2}
        value={draft.statement}
        error={fieldErrors.statement}
        onChange={(event) => set({ statement: event.target.value })}
      />
      <ChoiceGroup
        legend={t('beliefs.fields.kind')}
        name="kind"
        value={draft.kind}
        onChange={(kind) => set({ kind })}
        choices={[
          { value: 'limiting', label: t('beliefs.kinds.limiting') },
          { value: 'empowering', label: t('beliefs.kinds.empowering') },
        ]}
      />
      <TextareaField
        label={t('beliefs.fields.evidenceFor')}
        hint={t('beliefs.fields.evidenceForHint')}
        name="evidenceFor"
        prose
        rows={3}
        value={draft.evidenceFor}
        error={fieldErrors.evidenceFor}
        onChange={(event) => set({ evidenceFor: event.target.value })}
      />
      <TextareaField
        label={t('beliefs.fields.evidenceAgainst')}
        hint={t('beliefs.fields.evidenceAgainstHint')}
        name="evidenceAgainst"
        prose
        rows={3}
        value={draft.evidenceAgainst}
        error={fieldErrors.evidenceAgainst}
        onChange={(event) => set({ evidenceAgainst: event.target.value })}
      />
      <TextareaField
        label={t('beliefs.fields.reframe')}
        hint={t('beliefs.fields.reframeHint')}
        name="reframe"
        prose
        rows={2}
        value={draft.reframe}
        error={fieldErrors.reframe}
        onChange={(event) => set({ reframe: event.target.value })}
      />
    </FormDialog>
  );
}

/** The Journal's "Examine this belief": a new limiting belief, prefilled, linked to its source. */
export function ExamineBeliefDialog({
  open,
  onOpenChange,
  statement,
  sourceReflectionId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  statement: string;
  sourceReflectionId: string;
}) {
  return (
    <BeliefDialog
      open={open}
      onOpenChange={onOpenChange}
      initialStatement={statement}
      sourceReflectionId={sourceReflectionId}
    />
  );
}
