/**
 * Who may see a personal item — the privacy model of PRODUCT.md as one pure function over plain
 * facts. The author always can. Anyone else can only through a share that names them, a team
 * they are in now, or an organization they are in now. No role (team leader, facilitator, org
 * admin) ever grants access: roles manage membership, never content.
 */

export type Role = 'member' | 'facilitator' | 'admin';
export type TeamRole = 'member' | 'leader';

/** Who a share is with. */
export type ShareTarget = { userId: string } | { teamId: string } | { orgId: string };

export type Viewer = {
  userId: string;
  /** Teams the viewer belongs to now, with their role there. */
  teams: readonly { teamId: string; role: TeamRole }[];
  /** Organizations the viewer belongs to now, with their role there. */
  orgs: readonly { orgId: string; role: Role }[];
};

export type ItemFacts = {
  ownerId: string;
  /** The item's current (not revoked) shares. */
  shares: readonly ShareTarget[];
};

export type Access = 'owner' | 'shared' | 'none';

/** What a viewer (null = not signed in) may do with an item: everything, read it, or nothing. */
export function accessTo(viewer: Viewer | null, item: ItemFacts): Access {
  if (!viewer) return 'none';
  if (viewer.userId === item.ownerId) return 'owner';
  const teams = new Set(viewer.teams.map((t) => t.teamId));
  const orgs = new Set(viewer.orgs.map((o) => o.orgId));
  const reaches = (target: ShareTarget) =>
    ('userId' in target && target.userId === viewer.userId) ||
    ('teamId' in target && teams.has(target.teamId)) ||
    ('orgId' in target && orgs.has(target.orgId));
  return item.shares.some(reaches) ? 'shared' : 'none';
}

/** Reading: the author, or someone the item is shared with. */
export function canRead(viewer: Viewer | null, item: ItemFacts): boolean {
  return accessTo(viewer, item) !== 'none';
}

/** Changing, sharing, unsharing or deleting: the author only. */
export function canChange(viewer: Viewer | null, item: ItemFacts): boolean {
  return accessTo(viewer, item) === 'owner';
}
