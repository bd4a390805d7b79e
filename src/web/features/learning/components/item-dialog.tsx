import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import {
  CreateLearningItemBody,
  LEARNING_KINDS,
  LEARNING_STATUSES,
  LearningSessionBody,
  type LearningItem,
  type LearningKind,
  type LearningStatus,
} from '../../../../contracts/learning';
import { Button } from '../../../components/ui/button';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useActiveAspirations } from '../../../lib/use-active-aspirations';
import { useItemDialog } from '../../../lib/use-item-dialog';
import { useTodayIn } from '../../../lib/use-today';
import { useCreateLearningItem, useUpdateLearningItem, type Saved, type TimeToLog } from '../api';
import { formatHours } from '../learning-words';
import { AspirationChoices } from './aspiration-choices';
import { InsightsField } from './insights-field';
import { KindIcon } from './kind-icon';
import { TimeGivenFields } from './time-given-fields';

const FIELDS = [
  'kind',
  'title',
  'source',
  'url',
  'status',
  'startedOn',
  'finishedOn',
  'hours',
  'date',
  'aspirationIds',
  'insights',
] as const;

interface Draft {
  kind: LearningKind;
  title: string;
  source: string;
  url: string;
  status: LearningStatus;
  startedOn: string;
  finishedOn: string;
  /** Time to log with this save, as typed. */
  hours: string;
  date: string;
  aspirationIds: string[];
  insights: string;
}

function draftOf(item: LearningItem | undefined, today: string): Draft {
  return {
    kind: item?.kind ?? 'book',
    title: item?.title ?? '',
    source: item?.source ?? '',
    url: item?.url ?? '',
    status: item?.status ?? 'in_progress',
    // A new item starts in progress, so from today unless told otherwise.
    startedOn: item ? (item.startedOn ?? '') : today,
    finishedOn: item?.finishedOn ?? '',
    hours: '',
    date: today,
    aspirationIds: item?.aspirations.map((a) => a.id) ?? [],
    insights: item?.insights ?? '',
  };
}

/**
 * Adds a learning item to the log, or, given `item`, changes one: kind, title, source and link,
 * status and dates, time given (logged as a session on a day), the aspirations it serves, and
 * insights in Markdown with a preview.
 */
export function ItemDialog({
  open,
  onOpenChange,
  item,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  item?: LearningItem;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: user } = useCurrentUser();
  const today = useTodayIn(user?.timeZone ?? 'UTC');
  const aspirations = useActiveAspirations();
  const create = useCreateLearningItem();
  const update = useUpdateLearningItem();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item, today));
  const form = useItemDialog({
    fields: FIELDS,
    open,
    onOpenChange,
    writes: [create, update],
    onClose: () => setDraft(draftOf(item, today)),
  });
  const { formRef, general, pending, fieldErrors, validate, showApiError, show, close } = form;
  const timeId = useId();
  const locale = navigator.language;

  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  // Moving an item on fills in the day it started or finished, when not given yet; a new item
  // only planned has no dates.
  const setStatus = (status: LearningStatus) =>
    set({
      status,
      ...(status === 'planned' && !item ? { startedOn: '', finishedOn: '' } : {}),
      ...(status === 'in_progress' && !draft.startedOn ? { startedOn: today } : {}),
      ...(status === 'done' && !draft.finishedOn ? { finishedOn: today } : {}),
    });

  // Linked aspirations stay choosable even when no longer active, so saving keeps them.
  const options = [
    ...(aspirations.data ?? []).map((a) => ({ id: a.id, title: a.title })),
    ...(item?.aspirations ?? []).filter((a) => !aspirations.data?.some((o) => o.id === a.id)),
  ];

  const done = (saved: Saved, message: string) => {
    close(false);
    if (saved.timeError) {
      toast({
        title: t('learning.form.timeNotLogged', { reason: describeError(saved.timeError, t) }),
        tone: 'info',
      });
    } else {
      toast(message);
    }
  };

  const save = () => {
    const fields = {
      kind: draft.kind,
      title: draft.title.trim(),
      source: draft.source.trim(),
      url: draft.url.trim() || undefined,
      status: draft.status,
      insights: draft.insights,
      startedOn: draft.startedOn || undefined,
      finishedOn: draft.finishedOn || undefined,
      aspirationIds: draft.aspirationIds,
    };
    if (
      !validate(
        CreateLearningItemBody,
        { ...fields, hours: undefined, date: undefined },
        { title: t('learning.form.titleRequired') },
      )
    )
      return;
    let time: TimeToLog = null;
    if (draft.hours.trim()) {
      const hours = Number(draft.hours);
      if (!Number.isFinite(hours)) {
        show({ hours: t('learning.form.hoursInvalid') });
        return;
      }
      const session = { hours, date: draft.date, note: '' };
      if (!validate(LearningSessionBody, { ...fields, ...session })) return;
      time = LearningSessionBody.parse(session);
    }
    if (item) {
      update.mutate(
        {
          id: item.id,
          body: {
            ...fields,
            url: fields.url ?? null,
            startedOn: fields.startedOn ?? null,
            finishedOn: fields.finishedOn ?? null,
          },
          time,
        },
        { onSuccess: (saved) => done(saved, t('learning.form.saved')), onError: showApiError },
      );
    } else {
      create.mutate(
        { body: fields, time },
        { onSuccess: (saved) => done(saved, t('learning.form.added')), onError: showApiError },
      );
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={item ? t('learning.form.editTitle') : t('learning.form.newTitle')}
      description={item ? undefined : t('learning.form.newDescription')}
      className="sm:max-w-2xl"
    >
      <form ref={formRef} noValidate onSubmit={form.submit(save)} className="flex flex-col gap-5">
        {general ? <FormAlert>{general}</FormAlert> : null}
        <ChoiceGroup<LearningKind>
          legend={t('learning.form.kind')}
          name="kind"
          value={draft.kind}
          choices={LEARNING_KINDS.map((kind) => ({
            value: kind,
            label: t(`learning.kinds.${kind}`),
            icon: <KindIcon kind={kind} className="size-5" />,
          }))}
          onChange={(kind) => set({ kind })}
        />
        <TextField
          label={t('learning.form.title')}
          name="title"
          value={draft.title}
          maxLength={200}
          autoComplete="off"
          error={fieldErrors.title}
          onChange={(event) => set({ title: event.target.value })}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('learning.form.source')}
            name="source"
            value={draft.source}
            maxLength={200}
            autoComplete="off"
            error={fieldErrors.source}
            onChange={(event) => set({ source: event.target.value })}
          />
          <TextField
            label={t('learning.form.url')}
            name="url"
            type="url"
            inputMode="url"
            value={draft.url}
            maxLength={2000}
            placeholder="https://"
            error={fieldErrors.url}
            onChange={(event) => set({ url: event.target.value })}
          />
        </div>
        <ChoiceGroup<LearningStatus>
          legend={t('learning.form.status')}
          name="status"
          value={draft.status}
          choices={LEARNING_STATUSES.map((status) => ({
            value: status,
            label: t(`learning.statuses.${status}`),
          }))}
          onChange={setStatus}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('learning.form.startedOn')}
            name="startedOn"
            type="date"
            value={draft.startedOn}
            max={draft.finishedOn || today}
            error={fieldErrors.startedOn}
            onChange={(event) => set({ startedOn: event.target.value })}
          />
          <TextField
            label={t('learning.form.finishedOn')}
            name="finishedOn"
            type="date"
            value={draft.finishedOn}
            min={draft.startedOn || undefined}
            max={today}
            error={fieldErrors.finishedOn}
            onChange={(event) => set({ finishedOn: event.target.value })}
          />
        </div>
        <fieldset aria-describedby={`${timeId}-hint`} className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-medium text-ink">
            {item ? t('learning.form.moreTime') : t('learning.form.time')}
          </legend>
          <p id={`${timeId}-hint`} className="-mt-1 text-sm text-ink-muted">
            {item && item.totalHours > 0
              ? t('learning.form.timeHintLogged', {
                  count: item.totalHours,
                  hours: formatHours(item.totalHours, locale),
                })
              : t('learning.form.timeHint')}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <TimeGivenFields
              hours={draft.hours}
              date={draft.date}
              today={today}
              errors={fieldErrors}
              onHoursChange={(hours) => set({ hours })}
              onDateChange={(date) => set({ date })}
            />
          </div>
        </fieldset>
        {options.length > 0 ? (
          <AspirationChoices
            options={options}
            chosen={draft.aspirationIds}
            onChange={(aspirationIds) => set({ aspirationIds })}
            error={fieldErrors.aspirationIds}
          />
        ) : aspirations.isSuccess ? (
          <p className="text-sm text-ink-muted">
            {t('learning.form.noAspirations')}{' '}
            <Link to="/vision" className="font-medium text-accent-ink underline underline-offset-4">
              {t('learning.form.toVision')}
            </Link>
          </p>
        ) : null}
        <InsightsField
          value={draft.insights}
          onChange={(insights) => set({ insights })}
          error={fieldErrors.insights}
        />
        <DialogActions>
          <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" loading={pending}>
            {item ? t('learning.form.submitEdit') : t('learning.form.submitNew')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
