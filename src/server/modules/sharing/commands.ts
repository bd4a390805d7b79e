import type { CreateShareBody, ItemType } from '../../../contracts/sharing';
import type { Db } from '../../db/database';
import { raiseInboxItem, removeInboxItems } from '../../db/inbox';
import { isUniqueViolation } from '../../db/errors';
import { badRequest, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { decideAccess } from './access';
import { requireOwner, sharedItemView, type Target } from './queries';

const unknownRecipient = () =>
  badRequest('unknown_recipient', 'Share with people, teams or organizations you belong to.', [
    { path: ['with'], message: 'Choose someone from your organizations, or one of their teams.' },
  ]);

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
    await db.transaction().execute(async (trx) => {
      await trx
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
      await raiseInboxItem(trx, {
        to: await peopleReached(trx, target),
        kind: 'shared_with_me',
        actorId: userId,
        subject: { type: 'share', id },
        url: `/shared/${body.itemType}/${body.itemId}`,
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { id: (await existing())!.id, created: false };
  }
  return { id, created: true };
}

/** Unshares (author only); access through it ends at once. */
export async function unshare(db: Db, userId: string, shareId: string) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('shares')
      .where('id', '=', shareId)
      .where('ownerId', '=', userId)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound('No such share.');
    await removeInboxItems(trx, { type: 'share', ids: [shareId] });
  });
}

/** The people a share reaches now: the person, or the members of the team or organization. */
async function peopleReached(trx: Db, target: { type: 'user' | 'team' | 'org'; id: string }) {
  if (target.type === 'user') return [target.id];
  const rows =
    target.type === 'team'
      ? await trx
          .selectFrom('teamMembers')
          .select('userId')
          .where('teamId', '=', target.id)
          .execute()
      : await trx
          .selectFrom('orgMembers')
          .select('userId')
          .where('orgId', '=', target.id)
          .execute();
  return rows.map((row) => row.userId);
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
 * An item shared with the reader, as `sharedItemView` shows it, once the policy lets them
 * through (404 otherwise, as for an item that does not exist); a read through a share goes into
 * the author's access log.
 */
export async function readSharedItem(db: Db, readerId: string, itemType: ItemType, itemId: string) {
  const { access, header } = await decideAccess(db, readerId, itemType, itemId);
  if (access === 'none' || !header) throw notFound('No such item.');
  if (access === 'shared') {
    await logRead(db, {
      ownerId: header.ownerId,
      readerId,
      itemType,
      itemId,
      itemTitle: header.title,
    });
  }
  return sharedItemView(db, itemType, itemId, header);
}
