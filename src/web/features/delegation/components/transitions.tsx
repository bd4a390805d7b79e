import { CalendarClock } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { addDays } from '../../../../core/calendar';
import { TransitionBody } from '../../../../contracts/delegation';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { formatCalendarDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useTodayIn } from '../../../lib/use-today';
import { useCancelTransition, usePlanTransition } from '../api';
import { LEVELS, levelLabel } from '../level-words';
import type { AreaCardProps } from './area-card-props';
import { useQuietError } from './use-quiet-error';
import { subheading } from './subheading';

const TRANSITION_FIELDS = ['toLevel', 'dueOn'] as const;

/** The area's planned transitions to another level. */
export function Transitions({ agreement, area, timeZone }: AreaCardProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const quietError = useQuietError();
  const plan = usePlanTransition();
  const cancel = useCancelTransition();
  const headingId = useId();
  const locale = navigator.language;
  const choices = LEVELS.filter((level) => level !== area.level);
  const [toLevel, setToLevel] = useState<number>(
    area.level !== null && area.level < 7 ? area.level + 1 : (choices[0] ?? 1),
  );
  const target = choices.includes(toLevel) ? toLevel : (choices[0] ?? 1);
  const [dueOn, setDueOn] = useState('');
  const tomorrow = addDays(useTodayIn(timeZone), 1);
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(TRANSITION_FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (plan.isPending) return;
    const body = { toLevel: target, dueOn };
    if (!validate(TransitionBody, body, { dueOn: t('delegation.transitions.dueOn') })) return;
    plan.mutate(
      { id: agreement.id, areaId: area.id, ...body },
      {
        onSuccess: () => {
          setDueOn('');
          show({});
          toast(t('delegation.transitions.planned'));
        },
        onError: showApiError,
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className={subheading}>
          {t('delegation.transitions.title')}
        </h3>
        <p className="text-sm text-ink-muted">{t('delegation.transitions.explain')}</p>
      </div>
      {area.transitions.length === 0 ? (
        <p className="text-[0.9375rem] text-ink-muted">{t('delegation.transitions.none')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line">
          {area.transitions.map((transition) => (
            <li
              key={transition.id}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-3 py-2"
            >
              <span className="flex items-center gap-2 text-[0.9375rem] text-ink">
                <CalendarClock aria-hidden className="size-4 shrink-0 text-ink-muted" />
                {t('delegation.transitions.item', {
                  from: levelLabel(transition.fromLevel, t),
                  to: levelLabel(transition.toLevel, t),
                  date: formatCalendarDate(transition.dueOn, locale),
                })}
              </span>
              {transition.status === 'reached' ? (
                <span className="rounded-full bg-accent-soft px-2.5 py-0.5 text-sm font-medium text-accent-ink">
                  {t('delegation.transitions.reached')}
                </span>
              ) : agreement.canAct ? (
                <Button
                  size="sm"
                  variant="ghost"
                  loading={cancel.isPending && cancel.variables?.transitionId === transition.id}
                  onClick={() =>
                    cancel.mutate(
                      { id: agreement.id, areaId: area.id, transitionId: transition.id },
                      {
                        onSuccess: () => toast(t('delegation.transitions.cancelled')),
                        onError: quietError,
                      },
                    )
                  }
                >
                  {t('delegation.transitions.cancel')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {agreement.canAct && area.level !== null ? (
        <form
          ref={formRef}
          noValidate
          onSubmit={onSubmit}
          className="flex flex-wrap items-start gap-x-2 gap-y-3"
        >
          <SelectField
            label={t('delegation.transitions.toLevel')}
            name="toLevel"
            value={String(target)}
            error={fieldErrors.toLevel}
            options={choices.map((value) => ({
              value: String(value),
              label: levelLabel(value, t),
            }))}
            onChange={(event) => setToLevel(Number(event.target.value))}
            className="w-48"
          />
          <TextField
            label={t('delegation.transitions.dueOn')}
            name="dueOn"
            type="date"
            min={tomorrow}
            value={dueOn}
            error={fieldErrors.dueOn}
            onChange={(event) => setDueOn(event.target.value)}
            className="w-48"
          />
          <Button type="submit" loading={plan.isPending} className="sm:mt-7">
            {t('delegation.transitions.submit')}
          </Button>
          {general ? <FormAlert className="w-full">{general}</FormAlert> : null}
        </form>
      ) : null}
    </section>
  );
}
