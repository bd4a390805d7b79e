import { clsx } from 'clsx';
import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type {
  CreatePracticeBody,
  PracticeSummary,
  Schedule,
} from '../../../../contracts/practices';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { weekdayName } from '../../../lib/practice-words';
import { useLinkOptions } from '../api';

export const PRACTICE_FIELDS = [
  'name',
  'description',
  'schedule',
  'aspirationId',
  'valueId',
] as const;

type ScheduleType = Schedule['type'];

/** A practice as it is being written: every schedule's settings kept while the type changes. */
export interface PracticeDraft {
  name: string;
  description: string;
  scheduleType: ScheduleType;
  times: number;
  days: number[];
  aspirationId: string;
  valueId: string;
}

export const EMPTY_PRACTICE: PracticeDraft = {
  name: '',
  description: '',
  scheduleType: 'daily',
  times: 3,
  days: [1, 3, 5],
  aspirationId: '',
  valueId: '',
};

/** The draft of an existing practice, for editing. */
export function draftOf(practice: PracticeSummary): PracticeDraft {
  const { schedule } = practice;
  return {
    name: practice.name,
    description: practice.description,
    scheduleType: schedule.type,
    times: schedule.type === 'weekly' ? schedule.times : EMPTY_PRACTICE.times,
    days: schedule.type === 'weekdays' ? schedule.days : EMPTY_PRACTICE.days,
    aspirationId: practice.aspirationId ?? '',
    valueId: practice.valueId ?? '',
  };
}

/** The schedule a draft describes. */
export function scheduleOf(draft: PracticeDraft): Schedule {
  if (draft.scheduleType === 'weekly') return { type: 'weekly', times: draft.times };
  if (draft.scheduleType === 'weekdays')
    return { type: 'weekdays', days: [...draft.days].sort((a, b) => a - b) };
  return { type: 'daily' };
}

/** The body of a new practice from a draft; empty links are left out. */
export function createBodyOf(draft: PracticeDraft): CreatePracticeBody {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    schedule: scheduleOf(draft),
    ...(draft.aspirationId ? { aspirationId: draft.aspirationId } : {}),
    ...(draft.valueId ? { valueId: draft.valueId } : {}),
  };
}

/** Name, description, schedule (daily, N a week, chosen weekdays) and optional links. */
export function PracticeFields({
  draft,
  onChange,
  errors,
}: {
  draft: PracticeDraft;
  onChange: (draft: PracticeDraft) => void;
  errors: Partial<Record<(typeof PRACTICE_FIELDS)[number], string>>;
}) {
  const { t } = useTranslation();
  const { aspirations, values } = useLinkOptions();
  const daysId = useId();
  const set = (patch: Partial<PracticeDraft>) => onChange({ ...draft, ...patch });
  const locale = navigator.language;

  return (
    <>
      <TextField
        label={t('practices.fields.name')}
        name="name"
        value={draft.name}
        maxLength={80}
        autoComplete="off"
        error={errors.name}
        onChange={(event) => set({ name: event.target.value })}
      />
      <TextareaField
        label={t('practices.fields.description')}
        name="description"
        rows={2}
        maxLength={500}
        value={draft.description}
        error={errors.description}
        onChange={(event) => set({ description: event.target.value })}
      />
      <ChoiceGroup<ScheduleType>
        legend={t('practices.fields.schedule')}
        name="scheduleType"
        value={draft.scheduleType}
        choices={[
          { value: 'daily', label: t('practices.fields.daily') },
          { value: 'weekly', label: t('practices.fields.weekly') },
          { value: 'weekdays', label: t('practices.fields.weekdays') },
        ]}
        onChange={(scheduleType) => set({ scheduleType })}
      />
      {draft.scheduleType === 'weekly' ? (
        <SelectField
          label={t('practices.fields.times')}
          name="times"
          value={String(draft.times)}
          options={[1, 2, 3, 4, 5, 6, 7].map((count) => ({
            value: String(count),
            label: t('practices.fields.timesOption', { count }),
          }))}
          onChange={(event) => set({ times: Number(event.target.value) })}
        />
      ) : null}
      {draft.scheduleType === 'weekdays' ? (
        <fieldset aria-describedby={errors.schedule ? `${daysId}-error` : undefined}>
          <legend className="mb-2 text-sm font-medium text-ink">
            {t('practices.fields.days')}
          </legend>
          <div className="grid grid-cols-7 gap-1">
            {[1, 2, 3, 4, 5, 6, 7].map((day) => {
              const checked = draft.days.includes(day);
              const inputId = `${daysId}-${day}`;
              return (
                <div key={day} className="relative">
                  <input
                    id={inputId}
                    type="checkbox"
                    name={day === 1 ? 'schedule' : undefined}
                    checked={checked}
                    onChange={() =>
                      set({
                        days: checked ? draft.days.filter((d) => d !== day) : [...draft.days, day],
                      })
                    }
                    aria-label={weekdayName(day, locale, 'long')}
                    className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-lg opacity-0"
                  />
                  <label
                    htmlFor={inputId}
                    aria-hidden
                    className={clsx(
                      'flex h-10 items-center justify-center rounded-lg border text-sm font-medium transition-colors duration-150',
                      'border-line bg-surface text-ink-muted peer-hover:border-line-strong peer-hover:text-ink',
                      'peer-checked:border-accent peer-checked:bg-accent-soft peer-checked:text-accent-ink',
                      'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
                    )}
                  >
                    {weekdayName(day, locale)}
                  </label>
                </div>
              );
            })}
          </div>
          {errors.schedule ? (
            <p id={`${daysId}-error`} className="mt-1.5 text-sm text-danger">
              {errors.schedule}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {aspirations.length > 0 ? (
        <SelectField
          label={t('practices.fields.aspiration')}
          name="aspirationId"
          value={draft.aspirationId}
          options={[
            { value: '', label: t('practices.fields.none') },
            ...aspirations.map((a) => ({ value: a.id, label: a.title })),
          ]}
          onChange={(event) => set({ aspirationId: event.target.value })}
        />
      ) : null}
      {values.length > 0 ? (
        <SelectField
          label={t('practices.fields.value')}
          name="valueId"
          value={draft.valueId}
          options={[
            { value: '', label: t('practices.fields.none') },
            ...values.map((v) => ({ value: v.id, label: v.name })),
          ]}
          onChange={(event) => set({ valueId: event.target.value })}
        />
      ) : null}
    </>
  );
}
