import { clsx } from 'clsx';
import { CalendarClock, Check, ChevronRight, PenLine, RotateCcw, X } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../core/calendar';
import {
  type Agreement,
  type Area,
  type Poker,
  TransitionBody,
  UpdateAreaBody,
} from '../../../../contracts/delegation';
import { Button } from '../../../components/ui/button';
import { FormDialog } from '../../../components/ui/form-dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatCalendarDate } from '../../../lib/format';
import { useDraftOnOpen } from '../../../lib/use-draft-on-open';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useTodayIn } from '../../../lib/use-today';
import {
  useCancelTransition,
  useChooseCard,
  useConfirmProposal,
  usePlanTransition,
  usePlayAgain,
  usePropose,
  useUpdateArea,
  useWithdrawProposal,
} from '../api';
import { LEVELS, levelLabel, levelName } from '../level-words';
import { AreaHistory } from './area-history';
import { CardPicker, RevealedCards } from './poker-cards';

type Props = { agreement: Agreement; area: Area; timeZone: string };

/** The other party of the agreement, as the caller sees it. */
const otherOf = (agreement: Agreement) =>
  agreement.myRole === 'leader' ? agreement.member : agreement.leader;

/** Failures of quick actions are said in a quiet toast. */
function useQuietError() {
  const { t } = useTranslation();
  const toast = useToast();
  return (error: unknown) => toast({ title: describeError(error, t), tone: 'info' });
}

const subheading = 'text-sm font-semibold tracking-wide text-ink-muted uppercase';

/**
 * One decision area: its agreed level, the current round of delegation poker (my card chosen
 * privately, the other's only once both have chosen), a proposal to confirm, planned
 * transitions, and the history.
 */
export function AreaCard({ agreement, area, timeZone }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const open = area.poker !== null && area.poker.revealed === null;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-6 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <h2
            id={headingId}
            className="min-w-0 text-xl font-semibold tracking-tight break-words text-ink"
          >
            {area.title}
          </h2>
          <div className="flex shrink-0 items-center gap-1">
            <span
              className={clsx(
                'rounded-full px-3 py-1 text-sm font-medium',
                area.level === null ? 'bg-sunken text-ink-muted' : 'bg-accent-soft text-accent-ink',
              )}
            >
              {area.level === null
                ? t('delegation.area.notAgreed')
                : t('delegation.area.agreed', { level: levelLabel(area.level, t) })}
            </span>
            {agreement.canAct ? (
              <Button
                size="sm"
                variant="ghost"
                icon={<PenLine aria-hidden className="size-4" />}
                onClick={() => setEditing(true)}
                aria-label={`${t('delegation.area.edit')}: ${area.title}`}
              >
                {t('delegation.area.edit')}
              </Button>
            ) : null}
          </div>
        </div>
        {area.note ? (
          <p className="max-w-prose text-[0.9375rem] whitespace-pre-line text-ink-muted">
            {area.note}
          </p>
        ) : null}
      </header>

      {area.level !== null ? <LevelRail area={area} /> : null}
      {area.poker && open ? (
        // A new round starts from a fresh card choice.
        <OpenRound key={area.poker.roundId} agreement={agreement} area={area} poker={area.poker} />
      ) : null}
      {area.poker && !open ? <Reveal agreement={agreement} area={area} poker={area.poker} /> : null}
      {!open && agreement.canAct ? (
        area.level === null || area.proposal ? (
          <ProposalBlock agreement={agreement} area={area} />
        ) : (
          // Once agreed, changing the level is one deliberate step away.
          <details className="group">
            <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded-lg py-1 text-sm font-medium text-ink-muted marker:content-none hover:text-ink">
              <ChevronRight
                aria-hidden
                className="size-4 transition-transform duration-150 group-open:rotate-90 motion-reduce:transition-none"
              />
              {t('delegation.area.changeLevel')}
            </summary>
            <div className="mt-3">
              <ProposalBlock agreement={agreement} area={area} />
            </div>
          </details>
        )
      ) : null}
      {area.level !== null || area.transitions.length > 0 ? (
        <Transitions agreement={agreement} area={area} timeZone={timeZone} />
      ) : null}
      <AreaHistory agreement={agreement} area={area} timeZone={timeZone} />
      <EditAreaDialog agreement={agreement} area={area} open={editing} onOpenChange={setEditing} />
    </section>
  );
}

/**
 * The seven levels as a rail: the agreed one filled, planned targets outlined — where this
 * area stands and where the two want it to go. Not a score: more is not better.
 */
function LevelRail({ area }: { area: Area }) {
  const { t } = useTranslation();
  const planned = area.transitions.filter((tr) => tr.status === 'planned');
  const targets = new Set(planned.map((tr) => tr.toLevel));
  const label = [
    t('delegation.area.agreed', { level: levelLabel(area.level ?? 0, t) }),
    ...planned.map((tr) =>
      t('delegation.transitions.item', {
        from: levelLabel(tr.fromLevel, t),
        to: levelLabel(tr.toLevel, t),
        date: formatCalendarDate(tr.dueOn, navigator.language),
      }),
    ),
  ].join('. ');
  return (
    <div role="img" aria-label={label} className="grid grid-cols-7 gap-1">
      {LEVELS.map((level) => (
        <div
          key={level}
          className={clsx(
            'flex flex-col items-center gap-0.5 rounded-md border px-0.5 py-1.5 text-sm',
            level === area.level
              ? 'border-accent bg-accent font-semibold text-on-accent'
              : targets.has(level)
                ? 'border-dashed border-accent text-accent-ink'
                : 'border-line text-ink-muted',
          )}
        >
          <span className="tabular-nums">{level}</span>
          <span className="hidden text-xs sm:block">{levelName(level, t)}</span>
        </div>
      ))}
    </div>
  );
}

function OpenRound({ agreement, area, poker }: { agreement: Agreement; area: Area; poker: Poker }) {
  const { t } = useTranslation();
  const toast = useToast();
  const quietError = useQuietError();
  const choose = useChooseCard();
  const other = otherOf(agreement);
  const [picked, setPicked] = useState<number | null>(poker.myChoice);
  const [problem, setProblem] = useState<string | null>(null);

  const layDown = () => {
    if (picked === null) {
      setProblem(t('delegation.poker.pickFirst'));
      return;
    }
    setProblem(null);
    choose.mutate(
      { id: agreement.id, areaId: area.id, level: picked },
      {
        onSuccess: (next) => {
          const revealed = next.areas.find((a) => a.id === area.id)?.poker?.revealed;
          toast(
            revealed
              ? t('delegation.poker.revealed')
              : t('delegation.poker.chosen', { level: levelLabel(picked, t) }),
          );
        },
        onError: quietError,
      },
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h3 className={subheading}>{t('delegation.poker.title')}</h3>
        {agreement.canAct ? (
          <p className="max-w-prose text-[0.9375rem] text-ink-muted">
            {t('delegation.poker.explain', { name: other.name })}
          </p>
        ) : null}
      </div>
      <p
        role="status"
        className="flex flex-col gap-0.5 text-[0.9375rem] text-ink sm:flex-row sm:gap-4"
      >
        <span>
          {poker.myChoice === null
            ? t('delegation.poker.youHaveNot')
            : t('delegation.poker.chosen', { level: levelLabel(poker.myChoice, t) })}
        </span>
        <span className="text-ink-muted">
          {poker.otherHasChosen
            ? t('delegation.poker.otherChose', { name: other.name })
            : t('delegation.poker.otherWaiting', { name: other.name })}
        </span>
      </p>
      {agreement.canAct ? (
        <>
          <CardPicker
            legend={t('delegation.poker.chooseLegend')}
            value={picked}
            onChange={(level) => {
              setPicked(level);
              setProblem(null);
            }}
          />
          {problem ? <FormAlert>{problem}</FormAlert> : null}
          {picked === null || picked !== poker.myChoice ? (
            <div>
              <Button variant="primary" loading={choose.isPending} onClick={layDown}>
                {poker.myChoice === null
                  ? t('delegation.poker.choose')
                  : t('delegation.poker.change')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function Reveal({ agreement, area, poker }: { agreement: Agreement; area: Area; poker: Poker }) {
  const { t } = useTranslation();
  const revealed = poker.revealed;
  if (!revealed) return null;
  const card = (role: 'leader' | 'member') => ({
    who: t('delegation.poker.cardOf', {
      name: agreement[role].name,
      role: t(`delegation.poker.${role}`),
    }),
    level: revealed[role],
    mine: agreement.myRole === role,
  });
  const same = revealed.leader === revealed.member;
  if (area.level !== null) {
    // Agreed since: the cards are history now, said in one line.
    return (
      <p className="text-sm text-ink-muted">
        {same
          ? t('delegation.poker.same', { level: levelLabel(revealed.leader, t) })
          : t('delegation.poker.lastRound', {
              leader: agreement.leader.name,
              member: agreement.member.name,
              leaderLevel: levelLabel(revealed.leader, t),
              memberLevel: levelLabel(revealed.member, t),
            })}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <h3 className={subheading}>{t('delegation.poker.revealed')}</h3>
      <RevealedCards cards={[card('leader'), card('member')]} />
      {same ? (
        <p className="text-[0.9375rem] text-ink">
          {t('delegation.poker.same', { level: levelLabel(revealed.leader, t) })}
        </p>
      ) : area.level === null && area.proposal === null && agreement.canAct ? (
        <p className="max-w-prose text-[0.9375rem] text-ink">{t('delegation.poker.differ')}</p>
      ) : null}
    </div>
  );
}

/** The pending proposal (confirm, decline or withdraw), or a way to propose and to play again. */
function ProposalBlock({ agreement, area }: { agreement: Agreement; area: Area }) {
  const { t } = useTranslation();
  const toast = useToast();
  const quietError = useQuietError();
  const propose = usePropose();
  const confirm = useConfirmProposal();
  const withdraw = useWithdrawProposal();
  const again = usePlayAgain();
  const other = otherOf(agreement);
  const ids = { id: agreement.id, areaId: area.id };
  const choices = LEVELS.filter((level) => level !== area.level);
  const [level, setLevel] = useState<number>(
    area.poker?.revealed ? area.poker.revealed.member : (choices[0] ?? 1),
  );
  const selected = choices.includes(level) ? level : (choices[0] ?? 1);
  const proposal = area.proposal;

  if (proposal) {
    const label = levelLabel(proposal.level, t);
    return (
      <div className="flex flex-col gap-3 rounded-lg border border-accent/30 bg-accent-soft/50 p-4">
        <p className="text-[0.9375rem] text-ink">
          {proposal.mine
            ? t('delegation.proposal.mine', { level: label, name: other.name })
            : t('delegation.proposal.theirs', { level: label, name: proposal.by?.name ?? '' })}
        </p>
        <div className="flex flex-wrap gap-2">
          {proposal.mine ? (
            <Button
              size="sm"
              loading={withdraw.isPending}
              icon={<X aria-hidden className="size-4" />}
              onClick={() =>
                withdraw.mutate(ids, {
                  onSuccess: () => toast(t('delegation.proposal.withdrawn')),
                  onError: quietError,
                })
              }
            >
              {t('delegation.proposal.withdraw')}
            </Button>
          ) : (
            <>
              <Button
                size="sm"
                variant="primary"
                loading={confirm.isPending}
                icon={<Check aria-hidden className="size-4" />}
                onClick={() =>
                  confirm.mutate(
                    { ...ids, level: proposal.level },
                    {
                      onSuccess: () => toast(t('delegation.proposal.confirmed')),
                      onError: quietError,
                    },
                  )
                }
              >
                {t('delegation.proposal.confirm', { level: label })}
              </Button>
              <Button
                size="sm"
                loading={withdraw.isPending}
                onClick={() =>
                  withdraw.mutate(ids, {
                    onSuccess: () => toast(t('delegation.proposal.declined')),
                    onError: quietError,
                  })
                }
              >
                {t('delegation.proposal.decline')}
              </Button>
            </>
          )}
        </div>
      </div>
    );
  }

  const onPropose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (propose.isPending) return;
    propose.mutate(
      { ...ids, level: selected },
      { onSuccess: () => toast(t('delegation.proposal.proposed')), onError: quietError },
    );
  };

  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <form onSubmit={onPropose} className="flex flex-wrap items-end gap-2">
        <SelectField
          label={
            area.level === null ? t('delegation.proposal.legend') : t('delegation.proposal.change')
          }
          value={String(selected)}
          options={choices.map((value) => ({ value: String(value), label: levelLabel(value, t) }))}
          onChange={(event) => setLevel(Number(event.target.value))}
          className="w-48"
        />
        <Button type="submit" loading={propose.isPending}>
          {t('delegation.proposal.submit')}
        </Button>
      </form>
      <Button
        variant="ghost"
        loading={again.isPending}
        icon={<RotateCcw aria-hidden className="size-4" />}
        onClick={() =>
          again.mutate(ids, {
            onSuccess: () => toast(t('delegation.poker.restarted')),
            onError: quietError,
          })
        }
      >
        {t('delegation.poker.again')}
      </Button>
    </div>
  );
}

const TRANSITION_FIELDS = ['toLevel', 'dueOn'] as const;

function Transitions({ agreement, area, timeZone }: Props) {
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

const AREA_FIELDS = ['title', 'note'] as const;

function EditAreaDialog({
  agreement,
  area,
  open,
  onOpenChange,
}: {
  agreement: Agreement;
  area: Area;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateArea();
  const [draft, setDraft] = useDraftOnOpen(open, () => ({ title: area.title, note: area.note }));
  const { formRef, fieldErrors, general, validate, showApiError, show } =
    useFormErrors(AREA_FIELDS);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      show({});
      update.reset();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    if (!validate(UpdateAreaBody, draft, { title: t('delegation.area.addTitleRequired') })) return;
    update.mutate(
      { id: agreement.id, areaId: area.id, ...draft },
      {
        onSuccess: () => {
          close(false);
          toast(t('delegation.area.saved'));
        },
        onError: showApiError,
      },
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={t('delegation.area.editTitle')}
      formRef={formRef}
      onSubmit={onSubmit}
      general={general}
      submitLabel={t('delegation.area.save')}
      pending={update.isPending}
    >
      <TextField
        label={t('delegation.area.addTitle')}
        name="title"
        value={draft.title}
        maxLength={200}
        error={fieldErrors.title}
        onChange={(event) => setDraft((d) => ({ ...d, title: event.target.value }))}
      />
      <TextareaField
        label={t('delegation.area.addNote')}
        name="note"
        rows={3}
        value={draft.note}
        error={fieldErrors.note}
        onChange={(event) => setDraft((d) => ({ ...d, note: event.target.value }))}
      />
    </FormDialog>
  );
}
