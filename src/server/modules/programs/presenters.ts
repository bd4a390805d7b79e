import type {
  CurriculumItem,
  Program,
  ProgramSession,
  ProgramSummary,
  ProgramWeek,
  RosterEntry,
} from '../../../contracts/programs';
import { builtInEntry } from '../../../core/library';
import { canManagePrograms } from '../../../core/program-policy';
import { weeksOf, zonedInstant } from '../../../core/programs';
import type { ItemRow, ProgramFacts, SessionRow } from './queries';

export function presentProgramSummary(f: ProgramFacts): ProgramSummary {
  const { row } = f;
  return {
    id: row.id,
    orgId: row.orgId,
    title: row.title,
    startDate: row.startDate,
    endDate: row.endDate,
    weeks: weeksOf(row.startDate, row.endDate),
    seats: row.seats,
    status: row.status,
    enrolledCount: f.enrolledCount,
    waitlistCount: f.waitlistCount,
    me: f.me,
    canManage: canManagePrograms(f.role),
  };
}

export function presentSession(row: SessionRow): ProgramSession {
  return {
    id: row.id,
    date: row.date,
    time: row.time,
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    startsAt: zonedInstant(row.date, row.time, row.timeZone),
    place: row.place,
    link: row.link,
    agenda: row.agenda,
  };
}

export function presentItem(row: ItemRow): CurriculumItem {
  return {
    id: row.id,
    week: row.week,
    kind: row.kind,
    title: row.title,
    body: row.body,
    libraryEntryId: row.libraryEntryId,
    inLibrary:
      row.libraryEntryId !== null &&
      (Boolean(row.heldByOrg) || builtInEntry(row.libraryEntryId) !== null),
  };
}

export function presentProgram(
  f: ProgramFacts,
  parts: { sessions: SessionRow[]; curriculum: ItemRow[] },
): Program {
  return {
    ...presentProgramSummary(f),
    description: f.row.description,
    sessions: parts.sessions.map(presentSession),
    curriculum: parts.curriculum.map(presentItem),
    createdAt: f.row.createdAt,
    updatedAt: f.row.updatedAt,
  };
}

export function presentRosterEntry(row: {
  id: string;
  userId: string;
  name: string;
  status: 'enrolled' | 'waitlisted' | 'withdrawn';
  joinedAt: string;
  enrolledAt: string | null;
  position: string | number | null;
}): RosterEntry {
  return {
    id: row.id,
    person: { id: row.userId, name: row.name },
    status: row.status === 'enrolled' ? 'enrolled' : 'waitlisted',
    position: Number(row.position ?? 1),
    since: row.status === 'enrolled' ? (row.enrolledAt ?? row.joinedAt) : row.joinedAt,
  };
}

export function presentProgramWeek(w: {
  program: { id: string; title: string; startDate: string; endDate: string; week: number };
  items: ItemRow[];
}): ProgramWeek {
  return {
    programId: w.program.id,
    title: w.program.title,
    week: w.program.week,
    weeks: weeksOf(w.program.startDate, w.program.endDate),
    items: w.items.map(presentItem),
  };
}
