import type { ItemType } from '../../../contracts/sharing';
import { type Access, accessTo, type ShareTarget, type Viewer } from '../../../core/access-policy';
import { sharedTitle, type TitleFacts } from '../../../core/shared-title';
import type { Db } from '../../db/database';
import { nowIso } from '../../lib/time';

/**
 * The owner of a shareable item and the title others see it by (`sharedTitle`), or null when
 * there is no such item. Only the columns a title may be made of are read: never a reflection's
 * body or a belief's statement.
 */
export async function itemHeader(db: Db, itemType: ItemType, itemId: string) {
  const today = nowIso().slice(0, 10);
  const header = (ownerId: string, facts: TitleFacts) => ({
    ownerId,
    title: sharedTitle(facts, today),
  });
  switch (itemType) {
    case 'aspiration':
    case 'learning_item':
    case 'practice': {
      const row = await titledRow(db, itemType, itemId);
      return row ? header(row.userId, { itemType, title: row.title }) : null;
    }
    case 'belief': {
      const row = await db
        .selectFrom('beliefs')
        .select('userId')
        .where('id', '=', itemId)
        .executeTakeFirst();
      return row ? header(row.userId, { itemType }) : null;
    }
    case 'weekly_review': {
      const row = await db
        .selectFrom('weeklyReviews')
        .select(['userId', 'week'])
        .where('id', '=', itemId)
        .executeTakeFirst();
      return row ? header(row.userId, { itemType, week: row.week }) : null;
    }
    case 'reflection': {
      const row = await db
        .selectFrom('reflections')
        .select(['userId', 'title', 'date'])
        .where('id', '=', itemId)
        .executeTakeFirst();
      return row ? header(row.userId, { itemType, title: row.title, date: row.date }) : null;
    }
  }
}

/** The owner and author-chosen title of an aspiration, a learning item or a practice. */
function titledRow(db: Db, itemType: 'aspiration' | 'learning_item' | 'practice', itemId: string) {
  switch (itemType) {
    case 'aspiration':
      return db
        .selectFrom('aspirations')
        .select(['userId', 'title'])
        .where('id', '=', itemId)
        .executeTakeFirst();
    case 'learning_item':
      return db
        .selectFrom('learningItems')
        .select(['userId', 'title'])
        .where('id', '=', itemId)
        .executeTakeFirst();
    case 'practice':
      return db
        .selectFrom('practices')
        .select(['userId', 'name as title'])
        .where('id', '=', itemId)
        .executeTakeFirst();
  }
}

/** The teams and organizations a person belongs to now, with their roles. */
export async function viewerFacts(db: Db, userId: string): Promise<Viewer> {
  const [teams, orgs] = await Promise.all([
    db.selectFrom('teamMembers').select(['teamId', 'role']).where('userId', '=', userId).execute(),
    db.selectFrom('orgMembers').select(['orgId', 'role']).where('userId', '=', userId).execute(),
  ]);
  return { userId, teams, orgs };
}

const targetOf = (r: { targetType: 'user' | 'team' | 'org'; targetId: string }): ShareTarget =>
  r.targetType === 'user'
    ? { userId: r.targetId }
    : r.targetType === 'team'
      ? { teamId: r.targetId }
      : { orgId: r.targetId };

/** The current shares of an item, as policy targets. */
async function shareTargets(db: Db, itemType: ItemType, itemId: string): Promise<ShareTarget[]> {
  const rows = await db
    .selectFrom('shares')
    .select(['targetType', 'targetId'])
    .where('itemType', '=', itemType)
    .where('itemId', '=', itemId)
    .execute();
  return rows.map(targetOf);
}

/**
 * The one place where access to another person's item is decided: it gathers the plain facts
 * (owner, current shares, the viewer's current teams and organizations) and asks the pure
 * policy in src/core/access-policy.ts. Null viewer = not signed in.
 */
export async function decideAccess(
  db: Db,
  viewerId: string | null,
  itemType: ItemType,
  itemId: string,
): Promise<{ access: Access; header: { ownerId: string; title: string } | null }> {
  const header = await itemHeader(db, itemType, itemId);
  if (!header) return { access: 'none', header: null };
  const [viewer, shares] = await Promise.all([
    viewerId ? viewerFacts(db, viewerId) : Promise.resolve(null),
    shareTargets(db, itemType, itemId),
  ]);
  return { access: accessTo(viewer, { ownerId: header.ownerId, shares }), header };
}

/**
 * Which of some items of one type (with their owners) a viewer may read now — the same facts and
 * the same pure policy as decideAccess, gathered once for a whole list. For views that show other
 * people's items beside team content (a team outcome's aligned aspirations).
 */
export async function readableItems(
  db: Db,
  viewerId: string,
  itemType: ItemType,
  items: readonly { id: string; ownerId: string }[],
): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const [viewer, rows] = await Promise.all([
    viewerFacts(db, viewerId),
    db
      .selectFrom('shares')
      .select(['itemId', 'targetType', 'targetId'])
      .where('itemType', '=', itemType)
      .where(
        'itemId',
        'in',
        items.map((i) => i.id),
      )
      .execute(),
  ]);
  const readable = items.filter((item) => {
    const shares = rows.filter((r) => r.itemId === item.id).map(targetOf);
    return accessTo(viewer, { ownerId: item.ownerId, shares }) !== 'none';
  });
  return new Set(readable.map((i) => i.id));
}
