import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { useChooseCard } from '../api';
import { levelLabel } from '../level-words';
import { CardPicker } from './card-picker';
import { useQuietError } from './use-quiet-error';
import { otherOf } from './other-of';
import type { PokerProps } from './poker-props';
import { subheading } from './subheading';

/** The open round of delegation poker: my card, chosen privately, and whether the other has chosen. */
export function OpenRound({ agreement, area, poker }: PokerProps) {
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
