import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateReactionBody,
  MAX_RESPONSE_LENGTH,
  MAX_TRIGGER_LENGTH,
  type Reaction,
} from '../../../../contracts/reactions';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { EmotionWords } from '../../../components/ui/emotion-words';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useCurrentUser } from '../../../lib/session';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useTodayIn } from '../../../lib/use-today';
import { useCreateReaction, useUpdateReaction } from '../api';
import { instantOf, localTimeOf } from '../reaction-words';
import { IntensityField } from './intensity-field';

const FIELDS = [
  'at',
  'time',
  'trigger',
  'emotions',
  'intensity',
  'automaticReaction',
  'chosenResponse',
  'outcome',
] as const;

/** How many emotions one reaction may name (the contract's limit). */
const MAX_EMOTIONS = 12;

interface Draft {
  date: string;
  time: string;
  trigger: string;
  emotions: string[];
  intensity: number;
  automaticReaction: string;
  chosenResponse: string;
  outcome: string;
}

/**
 * Logs a reaction, or, given `reaction`, changes one: when it happened, what set it off, the
 * emotions named from the shared vocabulary and how strong they were, the automatic reaction,
 * the response chosen (or the one to choose next time), and what came of it. Render it only
 * while open, so that a new reaction starts at the moment the dialog opens.
 */
export function ReactionDialog({
  open,
  onOpenChange,
  reaction,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  reaction?: Reaction;
  onSaved?: (reaction: Reaction) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: user } = useCurrentUser();
  const timeZone = user?.timeZone ?? 'UTC';
  const today = useTodayIn(timeZone);
  const create = useCreateReaction();
  const update = useUpdateReaction();
  const pending = create.isPending || update.isPending;
  const initial = (): Draft =>
    reaction
      ? {
          date: reaction.date,
          time: localTimeOf(reaction.at, timeZone),
          trigger: reaction.trigger,
          emotions: reaction.emotions,
          intensity: reaction.intensity,
          automaticReaction: reaction.automaticReaction,
          chosenResponse: reaction.chosenResponse,
          outcome: reaction.outcome,
        }
      : {
          date: today,
          time: localTimeOf(Date.now(), timeZone),
          trigger: '',
          emotions: [],
          intensity: 5,
          automaticReaction: '',
          chosenResponse: '',
          outcome: '',
        };
  const [draft, setDraft] = useState<Draft>(initial);
  const [moved, setMoved] = useState(false);
  const { formRef, fieldErrors, general, validate, showApiError, show } = useFormErrors(FIELDS);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setDraft(initial());
      setMoved(false);
      show({});
      create.reset();
      update.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    // The moment is sent only when changed: a new reaction left at "now" is logged now.
    const at =
      moved && draft.date && draft.time ? instantOf(draft.date, draft.time, timeZone) : undefined;
    const body = {
      trigger: draft.trigger.trim(),
      emotions: draft.emotions,
      intensity: draft.intensity,
      automaticReaction: draft.automaticReaction.trim(),
      chosenResponse: draft.chosenResponse.trim(),
      outcome: draft.outcome.trim(),
      ...(at ? { at } : {}),
    };
    if (
      !validate(
        CreateReactionBody,
        { ...body, at, time: undefined },
        {
          trigger: t('reactions.form.triggerRequired'),
        },
      )
    )
      return;
    const onSuccess = (saved: Reaction) => {
      close(false);
      toast(reaction ? t('reactions.form.saved') : t('reactions.form.logged'));
      onSaved?.(saved);
    };
    if (reaction) update.mutate({ id: reaction.id, ...body }, { onSuccess, onError: showApiError });
    else create.mutate(body, { onSuccess, onError: showApiError });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={reaction ? t('reactions.form.editTitle') : t('reactions.form.newTitle')}
      description={reaction ? undefined : t('reactions.form.newDescription')}
      className="sm:max-w-2xl"
    >
      <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <div className="grid gap-4 sm:max-w-md sm:grid-cols-2">
          <TextField
            label={t('reactions.form.date')}
            name="at"
            type="date"
            value={draft.date}
            max={today}
            required
            error={fieldErrors.at}
            onChange={(event) => {
              setMoved(true);
              set({ date: event.target.value || today });
            }}
          />
          <TextField
            label={t('reactions.form.time')}
            name="time"
            type="time"
            value={draft.time}
            required
            onChange={(event) => {
              setMoved(true);
              set({ time: event.target.value || draft.time });
            }}
          />
        </div>
        <TextareaField
          label={t('reactions.form.trigger')}
          hint={t('reactions.form.triggerHint')}
          name="trigger"
          rows={2}
          maxLength={MAX_TRIGGER_LENGTH}
          value={draft.trigger}
          error={fieldErrors.trigger}
          onChange={(event) => set({ trigger: event.target.value })}
          prose
        />
        <div className="flex flex-col gap-5 rounded-xl border border-line bg-sunken/40 p-4 sm:p-5">
          <EmotionWords
            point={null}
            legend={t('reactions.form.emotions')}
            emotions={draft.emotions}
            onToggle={(word) =>
              set({
                emotions: draft.emotions.includes(word)
                  ? draft.emotions.filter((w) => w !== word)
                  : [...draft.emotions, word].slice(0, MAX_EMOTIONS),
              })
            }
          />
          <IntensityField value={draft.intensity} onChange={(intensity) => set({ intensity })} />
        </div>
        <TextareaField
          label={t('reactions.form.automaticReaction')}
          hint={t('reactions.form.automaticReactionHint')}
          name="automaticReaction"
          rows={2}
          maxLength={MAX_RESPONSE_LENGTH}
          value={draft.automaticReaction}
          error={fieldErrors.automaticReaction}
          onChange={(event) => set({ automaticReaction: event.target.value })}
          prose
        />
        <TextareaField
          label={t('reactions.form.chosenResponse')}
          hint={t('reactions.form.chosenResponseHint')}
          name="chosenResponse"
          rows={2}
          maxLength={MAX_RESPONSE_LENGTH}
          value={draft.chosenResponse}
          error={fieldErrors.chosenResponse}
          onChange={(event) => set({ chosenResponse: event.target.value })}
          prose
        />
        <TextareaField
          label={t('reactions.form.outcome')}
          hint={t('reactions.form.outcomeHint')}
          name="outcome"
          rows={2}
          maxLength={MAX_RESPONSE_LENGTH}
          value={draft.outcome}
          error={fieldErrors.outcome}
          onChange={(event) => set({ outcome: event.target.value })}
          prose
        />
        <DialogActions>
          <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={pending}>
            {reaction ? t('reactions.form.submitEdit') : t('reactions.form.submitNew')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
