import type {
  AdoptBody,
  CreateLibraryEntryBody,
  CreateProposalBody,
  UpdateLibraryEntryBody,
} from '../../../contracts/library';
import { type LibraryText, practiceFromEntry } from '../../../core/library';
import type { SuggestedSchedule } from '../../../core/practice-library';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { badRequest, conflict, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { createPractice } from '../practices/commands';
import {
  type CurrentEntry,
  findProposal,
  parseSchedule,
  requireCurator,
  requireEntry,
  requireLibraryUser,
} from './queries';
import { recordLibraryChoice } from './record-choice';

type Change = 'created' | 'edited' | 'retired' | 'restored';
type Author = { changedBy: string; proposedBy: string | null };

const scheduleJson = (kind: LibraryText['kind'], schedule: SuggestedSchedule | null) =>
  kind === 'practice' && schedule ? JSON.stringify(schedule) : null;

/**
 * Writes an entry's next version — the entry row (made when the organization first changes a
 * built-in entry) and its history row — in the caller's transaction. Two curators saving the same
 * version at once: one wins, the other gets 409 `entry_changed`.
 */
async function writeVersion(
  trx: Db,
  orgId: string,
  next: LibraryText & { version: number; retired: boolean },
  change: Change,
  author: Author,
) {
  const now = nowIso();
  const text = {
    title: next.title,
    body: next.body,
    theme: next.theme,
    schedule: scheduleJson(next.kind, next.schedule),
  };
  await trx
    .insertInto('libraryVersions')
    .values({
      id: newId(),
      orgId,
      entryId: next.id,
      version: next.version,
      change,
      ...text,
      changedBy: author.changedBy,
      proposedBy: author.proposedBy,
      changedAt: now,
    })
    .execute();
  const values = { ...text, version: next.version, updatedAt: now };
  const retiredAt = next.retired ? now : null;
  const updated = await trx
    .updateTable('libraryEntries')
    .set(change === 'retired' || change === 'restored' ? { ...values, retiredAt } : values)
    .where('orgId', '=', orgId)
    .where('id', '=', next.id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    await trx
      .insertInto('libraryEntries')
      .values({ orgId, id: next.id, kind: next.kind, ...values, retiredAt, createdAt: now })
      .execute();
  }
}

/** Runs a versioned write; a version number taken meanwhile answers 409 instead of 500. */
async function versioned<T>(db: Db, write: (trx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(write);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict(
      'entry_changed',
      'Someone changed this entry a moment ago. Reload it and try again.',
    );
  }
}

/** A new entry of the organization's own (facilitators and admins), at version 1. */
export async function createEntry(
  db: Db,
  orgId: string,
  userId: string,
  body: CreateLibraryEntryBody,
  proposedBy: string | null = null,
): Promise<string> {
  await requireCurator(db, orgId, userId);
  const id = newId();
  await versioned(db, (trx) => addEntry(trx, orgId, id, body, { changedBy: userId, proposedBy }));
  return id;
}

async function addEntry(
  trx: Db,
  orgId: string,
  id: string,
  body: CreateLibraryEntryBody,
  author: Author,
) {
  const entry = {
    id,
    kind: body.kind,
    title: body.title,
    body: body.body ?? '',
    theme: body.theme ?? null,
    schedule: body.schedule ?? null,
    version: 1,
    retired: false,
  };
  await writeVersion(trx, orgId, entry, 'created', author);
}

/** The entry after a change, and what kind of change it was; null when nothing changes. */
function applyChange(current: CurrentEntry, body: UpdateLibraryEntryBody) {
  const next = {
    id: current.id,
    kind: current.kind,
    title: body.title ?? current.title,
    body: body.body ?? current.body,
    theme: body.theme !== undefined ? body.theme : current.theme,
    schedule:
      current.kind === 'practice' && body.schedule !== undefined ? body.schedule : current.schedule,
    retired: body.retired ?? current.retired,
    version: current.version + 1,
  };
  const textChanged =
    next.title !== current.title ||
    next.body !== current.body ||
    next.theme !== current.theme ||
    JSON.stringify(next.schedule) !== JSON.stringify(current.schedule);
  const change: Change | null = textChanged
    ? 'edited'
    : next.retired !== current.retired
      ? next.retired
        ? 'retired'
        : 'restored'
      : null;
  return change ? { next, change } : null;
}

async function changeEntry(
  trx: Db,
  orgId: string,
  entryId: string,
  body: UpdateLibraryEntryBody,
  author: Author,
) {
  const current = await requireEntry(trx, orgId, entryId);
  const changed = applyChange(current, body);
  if (changed) await writeVersion(trx, orgId, changed.next, changed.change, author);
}

/**
 * Changes an entry, built-in or the organization's own, making a new version: its text, or
 * retired / restored (facilitators and admins). A change of a built-in entry is this
 * organization's version of it; the built-in text stays as version 1. Sending what is already
 * there makes no version.
 */
export async function updateEntry(
  db: Db,
  orgId: string,
  userId: string,
  entryId: string,
  body: UpdateLibraryEntryBody,
) {
  await requireCurator(db, orgId, userId);
  await versioned(db, (trx) =>
    changeEntry(trx, orgId, entryId, body, { changedBy: userId, proposedBy: null }),
  );
}

/** A live entry of the given kind, or 404 / 400 `wrong_kind`. */
async function requireLive(db: Db, orgId: string, entryId: string, kind: LibraryText['kind']) {
  const entry = await requireEntry(db, orgId, entryId);
  if (entry.retired) throw notFound('That entry was retired from this library.');
  if (entry.kind !== kind) {
    throw badRequest('wrong_kind', `That entry is not a ${kind}.`);
  }
  return entry;
}

/**
 * Adopts a practice entry: makes it the caller's own private practice (through the practices
 * module's `createPractice`), on the schedule they chose or the entry's suggested one, and counts
 * the choice — both in one transaction. Returns the new practice's id.
 */
export async function adoptPractice(
  db: Db,
  orgId: string,
  userId: string,
  entryId: string,
  body: AdoptBody,
) {
  await requireLibraryUser(db, orgId, userId);
  const entry = await requireLive(db, orgId, entryId, 'practice');
  const practice = practiceFromEntry(entry);
  return db.transaction().execute(async (trx) => {
    const created = await createPractice(trx, userId, {
      ...practice,
      schedule: body.schedule ?? practice.schedule,
    });
    await recordLibraryChoice(trx, { orgId, entryId });
    return created.id;
  });
}

/** Counts a prompt chosen to reflect on ("Reflect on this"); nothing records who. */
export async function choosePrompt(db: Db, orgId: string, userId: string, entryId: string) {
  await requireLibraryUser(db, orgId, userId);
  await requireLive(db, orgId, entryId, 'prompt');
  await db.transaction().execute((trx) => recordLibraryChoice(trx, { orgId, entryId }));
}

/** A member proposes an addition, or an improvement of an entry of this library. */
export async function createProposal(
  db: Db,
  orgId: string,
  userId: string,
  body: CreateProposalBody,
) {
  await requireLibraryUser(db, orgId, userId);
  const entry = body.entryId === undefined ? null : await requireEntry(db, orgId, body.entryId);
  const kind = entry?.kind ?? body.kind;
  if (kind === undefined || (entry && body.kind !== undefined && body.kind !== entry.kind)) {
    throw badRequest('validation_failed', 'An improvement keeps its entry’s kind.', [
      { path: ['kind'], message: 'Leave the kind as it is.' },
    ]);
  }
  const id = newId();
  await db
    .insertInto('libraryProposals')
    .values({
      id,
      orgId,
      entryId: entry?.id ?? null,
      entryTitle: entry?.title ?? null,
      baseVersion: entry?.version ?? null,
      kind,
      title: body.title,
      body: body.body ?? '',
      // An improvement that leaves the theme or schedule out keeps the entry's.
      theme: body.theme !== undefined ? body.theme : (entry?.theme ?? null),
      schedule: scheduleJson(
        kind,
        body.schedule !== undefined ? body.schedule : (entry?.schedule ?? null),
      ),
      note: body.note ?? '',
      proposedBy: userId,
      status: 'open',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      createdAt: nowIso(),
    })
    .execute();
  return id;
}

/** Marks an open proposal decided; 409 `already_decided` when someone answered it first. */
async function decide(
  trx: Db,
  proposalId: string,
  decision: { status: 'accepted' | 'declined'; userId: string; note: string; entryId?: string },
) {
  const result = await trx
    .updateTable('libraryProposals')
    .set({
      status: decision.status,
      decidedBy: decision.userId,
      decidedAt: nowIso(),
      decisionNote: decision.note || null,
      ...(decision.entryId !== undefined && { entryId: decision.entryId }),
    })
    .where('id', '=', proposalId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw conflict('already_decided', 'This proposal was already answered.');
  }
}

/**
 * Answers an open proposal (facilitators and admins). Accepting applies it: an improvement
 * becomes the entry's next version, an addition a new entry, and the version names both the
 * proposer and the curator. Declining leaves the library as it is; the note tells the proposer
 * why. Someone who answered first makes it 409 `already_decided`.
 */
export async function answerProposal(
  db: Db,
  orgId: string,
  userId: string,
  proposalId: string,
  answer: { status: 'accepted' | 'declined'; note: string },
) {
  await requireCurator(db, orgId, userId);
  const proposal = await findProposal(db, orgId, userId, proposalId);
  if (proposal.status !== 'open') {
    throw conflict('already_decided', 'This proposal was already answered.');
  }
  const decision = { ...answer, userId };
  if (answer.status === 'declined') {
    await db.transaction().execute((trx) => decide(trx, proposalId, decision));
    return;
  }
  const text = {
    title: proposal.title,
    body: proposal.body,
    theme: proposal.theme,
    schedule: parseSchedule(proposal.schedule),
  };
  const author = { changedBy: userId, proposedBy: proposal.proposedBy };
  await versioned(db, async (trx) => {
    if (proposal.entryId !== null) {
      await changeEntry(trx, orgId, proposal.entryId, text, author);
      await decide(trx, proposalId, decision);
    } else {
      const id = newId();
      await addEntry(trx, orgId, id, { kind: proposal.kind, ...text }, author);
      await decide(trx, proposalId, { ...decision, entryId: id });
    }
  });
}
