import { useTranslation } from '../../../lib/use-translation';
import { levelLabel } from '../level-words';
import { RevealedCards } from './revealed-cards';
import type { PokerProps } from './poker-props';
import { subheading } from './subheading';

/** The revealed round of delegation poker: both cards, once both have chosen. */
export function Reveal({ agreement, area, poker }: PokerProps) {
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
