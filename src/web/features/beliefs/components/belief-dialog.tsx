import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import { CreateBeliefBody, type Belief, type BeliefKind } from '../../../../contracts/beliefs';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useItemDialog } from '../../../lib/use-item-dialog';
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
  const form = useItemDialog({ fields: FIELDS, open, onOpenChange, writes: [create, update] });
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const done = (toastOf: Parameters<typeof toast>[0]) => () => {
    form.close(false);
    toast(toastOf);
  };

  const save = () => {
    if (
      !form.validate(CreateBeliefBody, draft, { statement: t('beliefs.fields.statementRequired') })
    )
      return;
    if (belief) {
      update.mutate(
        { id: belief.id, ...draft },
        { onSuccess: done(t('beliefs.saved')), onError: form.showApiError },
      );
      return;
    }
    const description = sourceReflectionId ? t('beliefs.addedHint') : undefined;
    create.mutate(
      { ...draft, ...(sourceReflectionId ? { sourceReflectionId } : {}) },
      { onSuccess: done({ title: t('beliefs.added'), description }), onError: form.showApiError },
    );
  };

  return (
    <FormDialog
      {...form.formDialog}
      onSubmit={form.submit(save)}
      title={belief ? t('beliefs.edit.title') : t('beliefs.new.title')}
      description={
        <>
          {t('beliefs.new.description')}{' '}
          <Link
            to="/beliefs"
            className="font-medium text-accent-ink underline underline-offset-4"
            onClick={() => form.close(false)}
          >
            {t('beliefs.registerLink')}
          </Link>
        </>
      }
      className="sm:max-w-xl"
      submitLabel={t('beliefs.save')}
    >
      <TextareaField
        label={t('beliefs.fields.statement')}
        name="statement"
        prose
        rows={2}
        value={draft.statement}
        error={form.fieldErrors.statement}
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
        error={form.fieldErrors.evidenceFor}
        onChange={(event) => set({ evidenceFor: event.target.value })}
      />
      <TextareaField
        label={t('beliefs.fields.evidenceAgainst')}
        hint={t('beliefs.fields.evidenceAgainstHint')}
        name="evidenceAgainst"
        prose
        rows={3}
        value={draft.evidenceAgainst}
        error={form.fieldErrors.evidenceAgainst}
        onChange={(event) => set({ evidenceAgainst: event.target.value })}
      />
      <TextareaField
        label={t('beliefs.fields.reframe')}
        hint={t('beliefs.fields.reframeHint')}
        name="reframe"
        prose
        rows={2}
        value={draft.reframe}
        error={form.fieldErrors.reframe}
        onChange={(event) => set({ reframe: event.target.value })}
      />
    </FormDialog>
  );
}
