import type {
  LearningItem,
  LearningItemDetail,
  LearningSession,
} from '../../../contracts/learning';
import { hoursOf } from '../../../core/learning-hours';
import type { LearningItemRow, LinkRow, SessionRow } from './commands';

export const presentSession = (s: SessionRow): LearningSession => ({
  id: s.id,
  date: s.date,
  hours: hoursOf(s.minutes),
  note: s.note,
  createdAt: s.createdAt,
});

/** A learning item with the aspirations it serves and all time logged on it. */
export function presentLearningItem(
  row: LearningItemRow,
  links: LinkRow[],
  totalMinutes: number,
): LearningItem {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    source: row.source,
    url: row.url,
    insights: row.insights,
    startedOn: row.startedOn,
    finishedOn: row.finishedOn,
    aspirations: links
      .filter((l) => l.learningItemId === row.id)
      .map((l) => ({ id: l.aspirationId, title: l.title })),
    totalHours: hoursOf(totalMinutes),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A learning item with every session, newest first. */
export function presentLearningItemDetail(
  row: LearningItemRow,
  links: LinkRow[],
  sessions: SessionRow[],
): LearningItemDetail {
  const minutes = sessions.reduce((sum, s) => sum + s.minutes, 0);
  return { ...presentLearningItem(row, links, minutes), sessions: sessions.map(presentSession) };
}
