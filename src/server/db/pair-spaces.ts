import { notFound } from '../errors';
import type { Db } from './database';
import { membersAmong } from './memberships';

/**
 * The reads both pair spaces (delegation agreements, 1:1 spaces) share: the organization a
 * space lives in, the names of its two people and which of them are in that organization now —
 * the facts `src/core/pair-policy.ts` decides access from.
 */

/** A pair space as these reads need it: its organization and its two people. */
export type PairRow = { orgId: string };

/**
 * The access a policy grants the caller to a space read by id, or 404 with `missing` when
 * there is no such space or the policy grants nothing (its existence is never revealed).
 */
export async function accessPair<Row extends PairRow, Access>(
  db: Db,
  row: Row | undefined,
  pair: {
    partiesOf: (row: Row) => [string, string];
    decide: (row: Row, partiesInOrg: string[]) => Access | null;
  },
  missing: string,
): Promise<{ row: Row; access: Access }> {
  const access = row
    ? pair.decide(row, await membersAmong(db, row.orgId, pair.partiesOf(row)))
    : null;
  if (!row || !access) throw notFound(missing);
  return { row, access };
}

/** The organization of one space and the names of its two people, by id. */
export async function pairHead(db: Db, orgId: string, people: string[]) {
  const [org, users] = await Promise.all([
    db.selectFrom('orgs').select(['id', 'name']).where('id', '=', orgId).executeTakeFirstOrThrow(),
    db.selectFrom('users').select(['id', 'name']).where('id', 'in', people).execute(),
  ]);
  return { org, names: new Map(users.map((u) => [u.id, u.name])) };
}

/**
 * For a page of spaces: each one's organization, the names of everyone in them, and which of a
 * space's two people are in its organization now — three reads for the whole page.
 */
export async function pairsContext<Row extends PairRow>(
  db: Db,
  rows: Row[],
  partiesOf: (row: Row) => [string, string],
) {
  const people = [...new Set(rows.flatMap(partiesOf))];
  const orgIds = [...new Set(rows.map((r) => r.orgId))];
  if (rows.length === 0) return pairsOf(rows, [], [], []);
  const [orgs, users, memberships] = await Promise.all([
    db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', orgIds).execute(),
    db.selectFrom('users').select(['id', 'name']).where('id', 'in', people).execute(),
    db
      .selectFrom('orgMembers')
      .select(['orgId', 'userId'])
      .where('orgId', 'in', orgIds)
      .where('userId', 'in', people)
      .execute(),
  ]);
  return pairsOf(rows, orgs, users, memberships);
}

type Named = { id: string; name: string };

function pairsOf<Row extends PairRow>(
  _rows: Row[],
  orgs: Named[],
  users: Named[],
  memberships: { orgId: string; userId: string }[],
) {
  return {
    names: new Map(users.map((u) => [u.id, u.name])),
    orgOf: (row: Row) => orgs.find((o) => o.id === row.orgId) ?? { id: row.orgId, name: '' },
    partiesInOrg: (row: Row) =>
      memberships.filter((m) => m.orgId === row.orgId).map((m) => m.userId),
  };
}
