import type { LibraryEntry, LibraryEntryDetail, LibraryProposal } from '../../../contracts/library';
import { type CurrentEntry, parseSchedule, person, type ProposalRow } from './queries';

/** An entry as the library's list shows it. */
export function presentEntry(entry: CurrentEntry, chosenCount: number): LibraryEntry {
  return {
    id: entry.id,
    kind: entry.kind,
    source: entry.source,
    title: entry.title,
    body: entry.body,
    theme: entry.theme,
    chosenCount,
    updatedAt: entry.updatedAt,
  };
}

/** An entry as its page shows it: with its version, state and what the caller may do. */
export function presentEntryDetail(detail: {
  entry: CurrentEntry;
  chosenCount: number;
  canCurate: boolean;
}): LibraryEntryDetail {
  return {
    ...presentEntry(detail.entry, detail.chosenCount),
    version: detail.entry.version,
    retired: detail.entry.retired,
    schedule: detail.entry.schedule,
    canCurate: detail.canCurate,
  };
}

/** A proposal as its proposer and the curators see it. */
export function presentProposal(row: ProposalRow): LibraryProposal {
  return {
    id: row.id,
    status: row.status,
    entryId: row.entryId,
    entryTitle: row.entryTitle,
    kind: row.kind,
    title: row.title,
    body: row.body,
    theme: row.theme,
    schedule: parseSchedule(row.schedule),
    note: row.note,
    proposedBy: person(row.proposedBy, row.proposerName),
    createdAt: row.createdAt,
    decidedBy: person(row.decidedBy, row.deciderName),
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    baseVersion: row.baseVersion,
    // An open improvement whose entry has a newer version than the one it was proposed against
    // (a built-in entry nobody changed is at version 1).
    stale:
      row.status === 'open' &&
      row.baseVersion !== null &&
      Number(row.currentVersion ?? 1) > row.baseVersion,
  };
}
