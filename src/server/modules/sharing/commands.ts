import type { CreateShareBody, ItemType } from '../../../contracts/sharing';
import { toPage } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { badRequest, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { decideAccess, viewerFacts } from './access';
import { presentAccessLogEntry } from './presenters';

const unknownRecipient = () =>
  badRequest('unknown_recipient', 'Share with people, teams or organizations you belong to.', [
    { path: ['with'], message: 'Choose someone from your organizations, or one of their teams.' },
  ]);

type Target = { type: 'user' | 'team' | 'org'; id: string };

function targetOf(body: CreateShareBody['with']): Target {
  if ('userId' in body) return { type: 'user', id: body.userId };
  if ('teamId' in body) return { type: 'team', id: body.teamId };
  return { type: 'org', id: body.orgId };
}

/**
 * Whom the author may share with: a person in one of their organizations, a team of one of
 * their organizations, or an organization they belong to. Anything else is the same 400, so
 * nobody learns who exists elsewhere.
 */
async function checkRecipient(db: Db, authorId: string, target: Target) {
  const myOrgs = db.selectFrom('orgMembers').select('orgId').where('userId', '=', authorId);
  let found: unknown;
  if (target.type === 'user') {
    if (target.id === authorId) throw unknownRecipient();
    found = await db
      .selectFrom('orgMembers')
      .select('userId')
      .where('userId', '=', target.id)
      .where('orgId', 'in', myOrgs)
      .executeTakeFirst();
  } else if (target.type === 'team') {
    found = await db
      .selectFrom('teams')
      .select('id')
      .where('id', '=', target.id)
      .where('orgId', 'in', myOrgs)
      .executeTakeFirst();
  } else {
    found = await db
      .selectFrom('orgMembers')
      .select('orgId')
      .where('orgId', '=', target.id)
      .where('userId', '=', authorId)
      .executeTakeFirst();
  }
  if (!found) throw unknownRecipient();
}

async function requireOwner(db: Db, userId: string, itemType: ItemType, itemId: string) {
  const { access } = await decideAccess(db, userId, itemType, itemId);
  if (access !== 'owner') throw notFound('No such item.');
}

/** Shares an item (author only). Sharing the same item with the same target again is a no-op. */
export async function shareItem(db: Db, userId: string, body: CreateShareBody) {
  await requireOwner(db, userId, body.itemType, body.itemId);
  const target = targetOf(body.with);
  await checkRecipient(db, userId, target);
  const existing = () =>
    db
      .selectFrom('shares')
      .select('id')
      .where('itemType', '=', body.itemType)
      .where('itemId', '=', body.itemId)
      .where('targetType', '=', target.type)
      .where('targetId', '=', target.id)
      .executeTakeFirst();
  const found = await existing();
  if (found) return { id: found.id, created: false };
  const id = newId();
  try {
    await db
      .insertInto('shares')
      .values({
        id,
        ownerId: userId,
        itemType: body.itemType,
        itemId: body.itemId,
        targetType: target.type,
        targetId: target.id,
        createdAt: nowIso(),
      })
      .execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { id: (await existing())!.id, created: false };
  }
  return { id, created: true };
}

/** Unshares (author only); access through it ends at once. */
export async function unshare(db: Db, userId: string, shareId: string) {
  const result = await db
    .deleteFrom('shares')
    .where('id', '=', shareId)
    .where('ownerId', '=', userId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('No such share.');
}

/**
 * My shares, with the names of whom each is shared with: of one item (404 unless it is mine), of
 * one kind of item, or all of them, oldest first.
 */
export async function sharesOf(
  db: Db,
  userId: string,
  filter: { itemType?: ItemType | undefined; itemId?: string | undefined },
) {
  const { itemType, itemId } = filter;
  if (itemType !== undefined && itemId !== undefined) {
    await requireOwner(db, userId, itemType, itemId);
  }
  let query = db
    .selectFrom('shares')
    .select(['id', 'itemType', 'itemId', 'targetType', 'targetId', 'createdAt'])
    .where('ownerId', '=', userId);
  if (itemType !== undefined) query = query.where('itemType', '=', itemType);
  if (itemId !== undefined) query = query.where('itemId', '=', itemId);
  const rows = await query.orderBy('id').execute();
  const names = async (type: Target['type'], id: string) => {
    if (type === 'user')
      return (await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst())
        ?.name;
    if (type === 'team')
      return (await db.selectFrom('teams').select('name').where('id', '=', id).executeTakeFirst())
        ?.name;
    return (await db.selectFrom('orgs').select('name').where('id', '=', id).executeTakeFirst())
      ?.name;
  };
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      itemType: r.itemType as ItemType,
      itemId: r.itemId,
      with: {
        type: r.targetType,
        id: r.targetId,
        name: (await names(r.targetType, r.targetId)) ?? '—',
      },
      createdAt: r.createdAt,
    })),
  );
}

/** Items others shared with me (directly, or through a team or organization I am in now). */
export async function sharedWithMe(db: Db, userId: string) {
  const viewer = await viewerFacts(db, userId);
  const targets: [Target['type'], string[]][] = [
    ['user', [userId]],
    ['team', viewer.teams.map((t) => t.teamId)],
    ['org', viewer.orgs.map((o) => o.orgId)],
  ];
  const rows = await db
    .selectFrom('shares')
    .innerJoin('users', 'users.id', 'shares.ownerId')
    .select([
      'shares.itemType',
      'shares.itemId',
      'shares.ownerId',
      'users.name as ownerName',
      'shares.createdAt',
    ])
    .where('shares.ownerId', '!=', userId)
    .where(({ or, and, eb }) =>
      or(
        targets
          .filter(([, ids]) => ids.length > 0)
          .map(([type, ids]) =>
            and([eb('shares.targetType', '=', type), eb('shares.targetId', 'in', ids)]),
          ),
      ),
    )
    .orderBy('shares.createdAt', 'desc')
    .execute();
  const seen = new Set<string>();
  const items = [];
  for (const row of rows) {
    const key = `${row.itemType}:${row.itemId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { header } = await decideAccess(db, userId, row.itemType as ItemType, row.itemId);
    if (!header) continue;
    items.push({
      itemType: row.itemType as ItemType,
      itemId: row.itemId,
      title: header.title,
      owner: { id: row.ownerId, name: row.ownerName },
      sharedAt: row.createdAt,
    });
  }
  return items;
}

/** Writes a read of a shared item into its author's access log. */
export async function logRead(
  db: Db,
  props: {
    ownerId: string;
    readerId: string;
    itemType: ItemType;
    itemId: string;
    itemTitle: string;
  },
) {
  const reader = await db
    .selectFrom('users')
    .select('name')
    .where('id', '=', props.readerId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('accessLog')
    .values({
      id: newId(),
      ownerId: props.ownerId,
      readerId: props.readerId,
      readerName: reader.name,
      itemType: props.itemType,
      itemId: props.itemId,
      itemTitle: props.itemTitle,
      at: nowIso(),
    })
    .execute();
}

/**
 * Reads of my items by others, newest first. The reader is named by their account as it is now
 * (the name stored with the read is never shown, so renaming hides no one); a belief is named by
 * its statement for me, its author, while it exists.
 */
export async function accessLog(
  db: Db,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  let query = db
    .selectFrom('accessLog')
    .leftJoin('users', 'users.id', 'accessLog.readerId')
    .leftJoin('beliefs', (join) =>
      join
        .on('accessLog.itemType', '=', 'belief')
        .onRef('beliefs.id', '=', 'accessLog.itemId')
        .onRef('beliefs.userId', '=', 'accessLog.ownerId'),
    )
    .select([
      'accessLog.id',
      'users.id as readerId',
      'users.name as readerName',
      'users.email as readerEmail',
      'accessLog.itemType',
      'accessLog.itemId',
      'accessLog.itemTitle',
      'beliefs.statement as beliefStatement',
      'accessLog.at',
    ])
    .where('accessLog.ownerId', '=', userId)
    .orderBy('accessLog.id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) query = query.where('accessLog.id', '<', page.cursor);
  const result = toPage(await query.execute(), page.limit, 'id', (r) => r.id);
  return { items: result.items.map(presentAccessLogEntry), nextCursor: result.nextCursor };
}
