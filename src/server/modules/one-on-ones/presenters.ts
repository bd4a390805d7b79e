import type {
  ActionItem,
  Meeting,
  Note,
  OneOnOne,
  OneOnOneSummary,
  Topic,
} from '../../../contracts/one-on-ones';
import { nextMeeting } from '../../../core/meetings';
import type { OneOnOneAccess } from '../../../core/pair-policy';
import { type Names, partyOf, personOf, presentPairHead } from '../../lib/people';
import type {
  ActionRow,
  listSpaces,
  MeetingRow,
  NoteRow,
  SpaceRow,
  spaceParts,
  TopicRow,
} from './queries';

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
    owner: partyOf(names, row.ownerId),
    dueOn: row.dueOn,
    done: row.doneAt !== null,
    doneAt: row.doneAt,
    author: personOf(names, row.authorId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A space's meeting, with its next occurrence not yet over at `now`. */
export function presentMeeting(row: MeetingRow, names: Names, now = Date.now()): Meeting {
  const next = nextMeeting(row, now);
  return {
    date: row.date,
    time: row.time,
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    place: row.place,
    repeatWeeks: row.repeatWeeks,
    next: next && { date: next.date, startsAt: new Date(next.startsAt).toISOString() },
    updatedBy: personOf(names, row.updatedBy),
    updatedAt: row.updatedAt,
  };
}

function presentHead(
  space: SpaceRow,
  access: OneOnOneAccess,
  place: { org: { id: string; name: string }; names: Names; meeting: MeetingRow | null },
) {
  const parties = { owner: space.ownerId, colleague: space.colleagueId };
  return {
    ...presentPairHead(space, place, parties),
    myRole: access.role,
    title: space.title,
    canWrite: access.canWrite,
    endedAt: space.endedAt,
    meeting: place.meeting && presentMeeting(place.meeting, place.names),
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
    ...presentHead(space, access, parts),
    topics: parts.topics.map((t) => presentTopic(t, parts.names)),
    notes: parts.notes.map((n) => presentNote(n, parts.names, userId)),
    actions: parts.actions.map((a) => presentAction(a, parts.names)),
  };
}

export function presentSpaceSummary(
  item: Awaited<ReturnType<typeof listSpaces>>['items'][number],
): OneOnOneSummary {
  return {
    ...presentHead(item.space, item.access, item),
    openTopics: item.openTopics,
    openActions: item.openActions,
  };
}
