import { Check, RotateCcw, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Agreement, Area } from '../../../../contracts/delegation';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { useConfirmProposal, usePlayAgain, usePropose, useWithdrawProposal } from '../api';
import { LEVELS, levelLabel } from '../level-words';
import { useQuietError } from './use-quiet-error';
import { otherOf } from './other-of';

/** The pending proposal (confirm, decline or withdraw), or a way to propose and to play again. */
export function ProposalBlock({ agreement, area }: { agreement: Agreement; area: Area }) {
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
