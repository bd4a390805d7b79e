import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  CreateReactionBody,
  MAX_RESPONSE_LENGTH,
  MAX_TRIGGER_LENGTH,
  REACTION_PARTS,
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
import { useItemDialog } from '../../../lib/use-item-dialog';
import { useTodayIn } from '../../../lib/use-today';
import { useCreateReaction, useUpdateReaction } from '../api';
import { instantOf, localTimeOf } from '../reaction-words';
import { IntensityField } from './intensity-field';

const FIELDS = ['at', 'time', ...REACTION_PARTS] as const;

/** The steps after the feeling, each told in words of its own. */
const RESPONSE_STEPS = ['automaticReaction', 'chosenResponse', 'outcome'] as const;

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
  const form = useItemDialog({
    fields: FIELDS,
    open,
    onOpenChange,
    writes: [create, update],
    onClose: () => {
      setDraft(initial());
      setMoved(false);
    },
  });
  const { formRef, general, pending, fieldErrors } = form;
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = () => {
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
    const values = { ...body, at, time: undefined };
    if (
      !form.validate(CreateReactionBody, values, { trigger: t('reactions.form.triggerRequired') })
    )
      return;
    const onError = form.showApiError;
    const onSuccess = (saved: Reaction) => {
      form.close(false);
      toast(reaction ? t('reactions.form.saved') : t('reactions.form.logged'));
      onSaved?.(saved);
    };
    if (reaction) update.mutate({ id: reaction.id, ...body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={form.close}
      title={reaction ? t('reactions.form.editTitle') : t('reactions.form.newTitle')}
      description={reaction ? undefined : t('reactions.form.newDescription')}
      className="sm:max-w-2xl"
    >
      <form ref={formRef} noValidate onSubmit={form.submit(save)} className="flex flex-col gap-6">
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
        {RESPONSE_STEPS.map((step) => (
          <TextareaField
            key={step}
            label={t(`reactions.form.${step}`)}
            hint={t(`reactions.form.${step}Hint`)}
            name={step}
            rows={2}
            maxLength={MAX_RESPONSE_LENGTH}
            value={draft[step]}
            error={fieldErrors[step]}
            onChange={(event) => set({ [step]: event.target.value })}
            prose
          />
        ))}
        <DialogActions>
          <Button onClick={() => form.close(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={pending}>
            {reaction ? t('reactions.form.submitEdit') : t('reactions.form.submitNew')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
