import type { PageQuery } from '../../../contracts/common';
import type { ItemType, ShareListQuery } from '../../../contracts/sharing';
import { toPage } from '../../../core/pagination';
import type { Db } from '../../db/database';
import { pageById } from '../../db/paging';
import { todayFor } from '../../db/people';
import { notFound } from '../../errors';
import { nowIso } from '../../lib/time';
import { findOwnAspiration, loadParts } from '../aspirations/commands';
import { presentDetail } from '../aspirations/presenters';
import { findOwnBelief } from '../beliefs/commands';
import { presentBelief } from '../beliefs/presenters';
import { findOwnItem, loadSessions } from '../learning/commands';
import { presentLearningItemDetail } from '../learning/presenters';
import { findOwnPractice, loadCheckIns } from '../practices/commands';
import { presentPracticeDetail } from '../practices/presenters';
import { findOwnReflection } from '../reflections/commands';
import { presentReflection } from '../reflections/presenters';
import { findOwnReviewById, loadRatings } from '../reviews/commands';
import { presentReview } from '../reviews/presenters';
import { decideAccess, viewerFacts } from './access';
import { presentAccessLogEntry } from './presenters';

/** Whom an item is shared with: a person, a team or an organization. */
export type Target = { type: 'user' | 'team' | 'org'; id: string };

/** Lets the item's author through; anyone else gets 404 (existence is not revealed). */
export async function requireOwner(db: Db, userId: string, itemType: ItemType, itemId: string) {
  const { access } = await decideAccess(db, userId, itemType, itemId);
  if (access !== 'owner') throw notFound('No such item.');
}

/**
 * My shares, with the names of whom each is shared with: of one item (404 unless it is mine), of
 * one kind of item, or all of them, oldest first, a page at a time.
 */
export async function sharesOf(db: Db, userId: string, query: ShareListQuery) {
  const { itemType, itemId } = query;
  if (itemType !== undefined && itemId !== undefined) {
    await requireOwner(db, userId, itemType, itemId);
  }
  let select = db
    .selectFrom('shares')
    .select(['id', 'itemType', 'itemId', 'targetType', 'targetId', 'createdAt'])
    .where('ownerId', '=', userId)
    .orderBy('id')
    .limit(query.limit + 1);
  if (itemType !== undefined) select = select.where('itemType', '=', itemType);
  if (itemId !== undefined) select = select.where('itemId', '=', itemId);
  if (query.cursor !== undefined) select = select.where('id', '>', query.cursor);
  const page = toPage(await select.execute(), query.limit, 'id', (r) => r.id);
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
  const items = await Promise.all(
    page.items.map(async (r) => ({
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
  return { items, nextCursor: page.nextCursor };
}

/**
 * Items others shared with me (directly, or through a team or organization I am in now), newest
 * share first, a page at a time. An item shared with me several ways is listed once, at its
 * newest share; one I may no longer read is left out, so a page may hold fewer than `limit`.
 */
export async function sharedWithMe(db: Db, userId: string, page: PageQuery) {
  const viewer = await viewerFacts(db, userId);
  const targets: [Target['type'], string[]][] = [
    ['user', [userId]],
    ['team', viewer.teams.map((t) => t.teamId)],
    ['org', viewer.orgs.map((o) => o.orgId)],
  ];
  let select = db
    .selectFrom('shares')
    .innerJoin('users', 'users.id', 'shares.ownerId')
    .select(({ fn }) => [
      'shares.itemType',
      'shares.itemId',
      'shares.ownerId',
      'users.name as ownerName',
      fn.max<string>('shares.id').as('lastShareId'),
      fn.max<string>('shares.createdAt').as('sharedAt'),
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
    .groupBy(['shares.itemType', 'shares.itemId', 'shares.ownerId', 'users.name'])
    .orderBy('lastShareId', 'desc')
    .limit(page.limit + 1);
  const { cursor } = page;
  if (cursor !== undefined) {
    select = select.having(({ eb, fn }) => eb(fn.max('shares.id'), '<', cursor));
  }
  const rows = toPage(await select.execute(), page.limit, 'id', (r) => r.lastShareId);
  const items = [];
  for (const row of rows.items) {
    const { header } = await decideAccess(db, userId, row.itemType as ItemType, row.itemId);
    if (!header) continue;
    items.push({
      itemType: row.itemType as ItemType,
      itemId: row.itemId,
      title: header.title,
      owner: { id: row.ownerId, name: row.ownerName },
      sharedAt: row.sharedAt,
    });
  }
  return { items, nextCursor: rows.nextCursor };
}

/**
 * Reads of my items by others, newest first. The reader is named by their account as it is now
 * (the name stored with the read is never shown, so renaming hides no one); a belief is named by
 * its statement for me, its author, while it exists.
 */
export async function accessLog(db: Db, userId: string, page: PageQuery) {
  const query = db
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
    .where('accessLog.ownerId', '=', userId);
  const result = await pageById(query, 'accessLog.id', page);
  return { items: result.items.map(presentAccessLogEntry), nextCursor: result.nextCursor };
}

/** An item as its author has it; sharing reads it for someone the policy let through. */
async function presentItem(db: Db, itemType: ItemType, itemId: string, ownerId: string) {
  switch (itemType) {
    case 'aspiration': {
      const row = await findOwnAspiration(db, ownerId, itemId);
      const { revisions, assessments, steps } = (await loadParts(db, [itemId]))(itemId);
      return {
        itemType,
        item: presentDetail(row, revisions, assessments, steps, nowIso()),
      } as const;
    }
    case 'reflection':
      return {
        itemType,
        item: presentReflection(await findOwnReflection(db, ownerId, itemId)),
      } as const;
    case 'learning_item': {
      const row = await findOwnItem(db, ownerId, itemId);
      // The aspirations it serves are the author's own and not shared with it.
      return {
        itemType,
        item: presentLearningItemDetail(row, [], await loadSessions(db, itemId)),
      } as const;
    }
    case 'practice': {
      const row = await findOwnPractice(db, ownerId, itemId);
      const today = await todayFor(db, ownerId);
      return {
        itemType,
        item: presentPracticeDetail(row, await loadCheckIns(db, [itemId]), today),
      } as const;
    }
    case 'belief':
      return { itemType, item: presentBelief(await findOwnBelief(db, ownerId, itemId)) } as const;
    case 'weekly_review': {
      const row = await findOwnReviewById(db, ownerId, itemId);
      return { itemType, item: presentReview(row, await loadRatings(db, [itemId])) } as const;
    }
  }
}

/**
 * A shared item as its reader sees it: the item as its author has it, with the author and the
 * title shared lists show. Call only once the policy let the reader through (`decideAccess`).
 */
export async function sharedItemView(
  db: Db,
  itemType: ItemType,
  itemId: string,
  header: { ownerId: string; title: string },
) {
  const owner = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', '=', header.ownerId)
    .executeTakeFirstOrThrow();
  return {
    ...(await presentItem(db, itemType, itemId, header.ownerId)),
    owner,
    title: header.title,
  };
}
