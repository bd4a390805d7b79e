import type { Agreement, AgreementSummary, Area } from '../../../contracts/delegation';
import { type AgreementAccess, pokerView } from '../../../core/pair-policy';
import { type Names, personOf, presentPairHead } from '../../lib/people';
import type { agreementParts, AgreementRow, listAgreements, RoundRow } from './queries';

function presentAgreementHead(
  agreement: AgreementRow,
  access: AgreementAccess,
  place: { org: { id: string; name: string }; names: Names },
) {
  const parties = { leader: agreement.leaderId, member: agreement.memberId };
  return {
    ...presentPairHead(agreement, place, parties),
    myRole: access.role,
    canAct: access.canAct,
    archivedAt: agreement.archivedAt,
    archivedBy: personOf(place.names, agreement.archivedBy),
  };
}

/**
 * The latest poker round as this party may see it: the other's choice only once both chose
 * (decided by pokerView in src/core/pair-policy.ts; no other path returns a choice).
 */
function presentPoker(round: RoundRow | undefined, access: AgreementAccess) {
  if (!round) return null;
  const view = pokerView(round, access.role);
  return {
    roundId: round.id,
    startedAt: round.startedAt,
    myChoice: view.myChoice,
    otherHasChosen: view.otherHasChosen,
    revealedAt: view.revealed ? round.revealedAt : null,
    revealed: view.revealed,
  };
}

/** An agreement as one of its two parties sees it: every area with its poker, proposal, plans and history. */
export function presentAgreement(
  userId: string,
  agreement: AgreementRow,
  access: AgreementAccess,
  parts: Awaited<ReturnType<typeof agreementParts>>,
): Agreement {
  const { names } = parts;
  const areas: Area[] = parts.areas.map((area) => {
    const rounds = parts.rounds.filter((r) => r.areaId === area.id);
    return {
      id: area.id,
      title: area.title,
      note: area.note,
      position: area.position,
      level: area.level,
      poker: presentPoker(rounds[rounds.length - 1], access),
      proposal:
        area.proposedLevel !== null && area.proposedAt !== null
          ? {
              level: area.proposedLevel,
              by: personOf(names, area.proposedBy),
              at: area.proposedAt,
              mine: area.proposedBy === userId,
            }
          : null,
      transitions: parts.transitions
        .filter((t) => t.areaId === area.id)
        .map((t) => ({
          id: t.id,
          fromLevel: t.fromLevel,
          toLevel: t.toLevel,
          dueOn: t.dueOn,
          status: t.status,
          createdBy: personOf(names, t.createdBy),
          createdAt: t.createdAt,
          closedAt: t.closedAt,
        })),
      history: parts.events
        .filter((e) => e.areaId === area.id)
        .map((e) => ({
          id: e.id,
          kind: e.kind,
          by: personOf(names, e.actorId),
          at: e.at,
          level: e.level,
          fromLevel: e.fromLevel,
          leaderLevel: e.leaderLevel,
          memberLevel: e.memberLevel,
          dueOn: e.dueOn,
        })),
      createdAt: area.createdAt,
    };
  });
  return { ...presentAgreementHead(agreement, access, parts), areas };
}

/** One line of my agreements list. */
export function presentAgreementSummary(
  item: Awaited<ReturnType<typeof listAgreements>>['items'][number],
): AgreementSummary {
  return {
    ...presentAgreementHead(item.agreement, item.access, item),
    areaCount: item.areaCount,
    agreedCount: item.agreedCount,
    waitingForMe: item.waitingForMe,
  };
}
