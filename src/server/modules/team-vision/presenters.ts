import type { TeamOutcome, TeamVision } from '../../../contracts/team-vision';
import type { LinkRow, OutcomeRow } from './queries';

/** An outcome with the linked aspirations the viewer may see, oldest link first. */
export function presentOutcome(row: OutcomeRow, links: LinkRow[], viewerId: string): TeamOutcome {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    position: row.position,
    aspirations: links
      .filter((l) => l.outcomeId === row.id)
      .map((l) => ({
        id: l.aspirationId,
        title: l.title,
        owner: { id: l.ownerId, name: l.ownerName },
        mine: l.ownerId === viewerId,
        linkedAt: l.linkedAt,
      })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The team's vision page for one member. */
export function presentTeamVision(
  view: {
    team: {
      id: string;
      name: string;
      vision: string;
      membersMayEditVision: number;
      visionUpdatedAt: string | null;
      updatedById: string | null;
      updatedByName: string | null;
    };
    myRole: 'member' | 'leader';
    canEdit: boolean;
    outcomes: OutcomeRow[];
    links: LinkRow[];
  },
  viewerId: string,
): TeamVision {
  const { team } = view;
  return {
    teamId: team.id,
    teamName: team.name,
    vision: team.vision,
    visionUpdatedAt: team.visionUpdatedAt,
    visionUpdatedBy:
      team.updatedById && team.updatedByName
        ? { id: team.updatedById, name: team.updatedByName }
        : null,
    membersMayEditVision: team.membersMayEditVision === 1,
    myRole: view.myRole,
    canEdit: view.canEdit,
    outcomes: view.outcomes.map((o) => presentOutcome(o, view.links, viewerId)),
  };
}
