import type { Person } from '../../../contracts/common';
import type {
  ActionItem,
  Note,
  OneOnOne,
  OneOnOneSummary,
  Topic,
} from '../../../contracts/one-on-ones';
import type { OneOnOneAccess } from '../../../core/pair-policy';
import type { ActionRow, listSpaces, NoteRow, SpaceRow, spaceParts, TopicRow } from './queries';

type Names = Map<string, string>;

const personOf = (names: Names, id: string | null): Person | null =>
  id !== null && names.has(id) ? { id, name: names.get(id) as string } : null;

export function presentTopic(row: TopicRow, names: Names): Topic {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    position: row.position,
    discussed: row.discussedAt !== null,
    discussedAt: row.discussedAt,
    author: personOf(names, row.authorId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentNote(row: NoteRow, names: Names, userId: string): Note {
  return {
    id: row.id,
    body: row.body,
    author: personOf(names, row.authorId),
    mine: row.authorId === userId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentAction(row: ActionRow, names: Names): ActionItem {
  return {
    id: row.id,
    text: row.text,
    owner: personOf(names, row.ownerId) ?? { id: row.ownerId, name: '' },
    dueOn: row.dueOn,
    done: row.doneAt !== null,
    doneAt: row.doneAt,
    author: personOf(names, row.authorId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function presentHead(
  space: SpaceRow,
  access: OneOnOneAccess,
  org: { id: string; name: string },
  names: Names,
) {
  return {
    id: space.id,
    org,
    owner: personOf(names, space.ownerId) ?? { id: space.ownerId, name: '' },
    colleague: personOf(names, space.colleagueId) ?? { id: space.colleagueId, name: '' },
    myRole: access.role,
    title: space.title,
    canWrite: access.canWrite,
    endedAt: space.endedAt,
    createdAt: space.createdAt,
    updatedAt: space.updatedAt,
  };
}

/** A 1:1 space as one of its two people sees it: the agenda, notes and action items. */
export function presentSpace(
  userId: string,
  space: SpaceRow,
  access: OneOnOneAccess,
  parts: Awaited<ReturnType<typeof spaceParts>>,
): OneOnOne {
  return {
    ...presentHead(space, access, parts.org, parts.names),
    topics: parts.topics.map((t) => presentTopic(t, parts.names)),
    notes: parts.notes.map((n) => presentNote(n, parts.names, userId)),
    actions: parts.actions.map((a) => presentAction(a, parts.names)),
  };
}

export function presentSpaceSummary(
  item: Awaited<ReturnType<typeof listSpaces>>[number],
): OneOnOneSummary {
  return {
    ...presentHead(item.space, item.access, item.org, item.names),
    openTopics: item.openTopics,
    openActions: item.openActions,
  };
}
