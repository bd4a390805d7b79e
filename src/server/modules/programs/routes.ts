import { z } from 'zod';
import {
  AdoptBody,
  AdoptedPractice,
  CreateProgramBody,
  CurriculumItem,
  CurriculumItemBody,
  CurriculumWeekBody,
  EnrollBody,
  EnrollmentResult,
  MyProgramPage,
  MyProgramsQuery,
  OrgProgramParams,
  Program,
  ProgramItemParams,
  ProgramListQuery,
  ProgramPage,
  ProgramParams,
  ProgramSession,
  ProgramSessionParams,
  ProgramWeekParams,
  RosterPage,
  RosterQuery,
  SessionBody,
  UpdateCurriculumItemBody,
  UpdateProgramBody,
  UpdateSessionBody,
} from '../../../contracts/programs';
import type { Db } from '../../db/database';
import { readAndChangeRoutes } from '../../http/read-and-change-routes';
import { callerId } from '../../http/authenticate';
import { routeTable } from '../../http/route-table';
import type { App, ServerDeps } from '../../http/types';
import { sessionsCalendar } from './calendar';
import {
  addItem,
  addSession,
  createProgram,
  deleteItem,
  deleteSession,
  replaceWeek,
  updateItem,
  updateProgram,
  updateSession,
} from './commands';
import { adoptPractice } from './adopt-practice';
import { enroll, withdraw } from './enrollment-commands';
import { programFlyer } from './flyer';
import {
  presentItem,
  presentProgram,
  presentProgramSummary,
  presentRosterEntry,
  presentSession,
} from './presenters';
import {
  factsOf,
  findItem,
  listOrgPrograms,
  myProgramsPage,
  orgNameOf,
  programParts,
  requireVisibleProgram,
  rosterPage,
} from './queries';

/** One program as the caller sees it, with its sessions and curriculum. */
export async function programFor(db: Db, programId: string, userId: string) {
  const standing = await requireVisibleProgram(db, programId, userId);
  const [facts] = await factsOf(db, userId, [standing]);
  return presentProgram(facts!, await programParts(db, programId));
}

async function enrollmentOf(db: Db, programId: string, userId: string) {
  const program = await programFor(db, programId, userId);
  return {
    status: program.me.status ?? 'waitlisted',
    waitlistPosition: program.me.waitlistPosition,
  } as const;
}

/**
 * Programs (cohorts) of an organization: facilitators and admins run them; anyone in the
 * organization browses them and enrolls themselves, taking a seat or a place on the waitlist.
 */
export async function programRoutes(app: App, { db, baseUrl }: ServerDeps) {
  const route = routeTable(app, 'programs');
  const pageUrl = (id: string) => `${baseUrl}/programs/${id}`;

  route.get(
    '/api/orgs/:id/programs',
    {
      summary: 'The organization’s programs, by start date (anyone in it)',
      params: OrgProgramParams,
      query: ProgramListQuery,
      reply: ProgramPage,
      errors: [400, 401, 404],
    },
    async (request) => {
      const page = await listOrgPrograms(db, request.params.id, callerId(request), request.query);
      return { items: page.items.map(presentProgramSummary), nextCursor: page.nextCursor };
    },
  );
  route.post(
    '/api/orgs/:id/programs',
    {
      summary: 'Create a program with its sessions and curriculum (facilitators and admins)',
      params: OrgProgramParams,
      body: CreateProgramBody,
      reply: Program,
      status: 201,
      errors: [400, 401, 403, 404, 413],
    },
    async (request) => {
      const userId = callerId(request);
      const id = await createProgram(db, request.params.id, userId, request.body);
      return programFor(db, id, userId);
    },
  );
  readAndChangeRoutes(route, db, {
    path: '/api/programs/:id',
    params: ProgramParams,
    item: Program,
    read: [
      'One program: description, sessions, curriculum, seats and my place',
      programFor,
      [401, 404],
    ],
    change: [
      'patch',
      'Change a program; more seats promote the waitlist in order, never fewer than enrolled (facilitators and admins)',
      UpdateProgramBody,
      updateProgram,
      [400, 401, 403, 404, 413],
    ],
  });

  route.post(
    '/api/programs/:id/sessions',
    {
      summary: 'Add a session (facilitators and admins)',
      params: ProgramParams,
      body: SessionBody,
      reply: ProgramSession,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const userId = callerId(request);
      const id = await addSession(db, request.params.id, userId, request.body);
      const program = await programFor(db, request.params.id, userId);
      return program.sessions.find((s) => s.id === id)!;
    },
  );
  route.patch(
    '/api/programs/:id/sessions/:sessionId',
    {
      summary: 'Change a session (facilitators and admins)',
      params: ProgramSessionParams,
      body: UpdateSessionBody,
      reply: ProgramSession,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const userId = callerId(request);
      const { id, sessionId } = request.params;
      await updateSession(db, id, userId, sessionId, request.body);
      const program = await programFor(db, id, userId);
      return presentSession({
        ...program.sessions.find((s) => s.id === sessionId)!,
        programId: id,
      });
    },
  );
  route.delete(
    '/api/programs/:id/sessions/:sessionId',
    {
      summary: 'Remove a session (facilitators and admins)',
      params: ProgramSessionParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) =>
      deleteSession(db, request.params.id, callerId(request), request.params.sessionId),
  );

  route.post(
    '/api/programs/:id/curriculum',
    {
      summary: 'Add a prompt or practice to a week of the curriculum (facilitators and admins)',
      params: ProgramParams,
      body: CurriculumItemBody,
      reply: CurriculumItem,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const id = await addItem(db, request.params.id, callerId(request), request.body);
      return presentItem(await findItem(db, request.params.id, id));
    },
  );
  route.patch(
    '/api/programs/:id/curriculum/:itemId',
    {
      summary: 'Change a curriculum item (facilitators and admins)',
      params: ProgramItemParams,
      body: UpdateCurriculumItemBody,
      reply: CurriculumItem,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const { id, itemId } = request.params;
      await updateItem(db, id, callerId(request), itemId, request.body);
      return presentItem(await findItem(db, id, itemId));
    },
  );
  route.delete(
    '/api/programs/:id/curriculum/:itemId',
    {
      summary: 'Remove a curriculum item (facilitators and admins)',
      params: ProgramItemParams,
      status: 204,
      errors: [401, 403, 404],
    },
    async (request) => deleteItem(db, request.params.id, callerId(request), request.params.itemId),
  );
  route.put(
    '/api/programs/:id/curriculum/weeks/:week',
    {
      summary:
        'Set one week’s prompts and practices as a whole: items with an id are kept and changed, ' +
        'the others added, the week’s items left out removed (facilitators and admins)',
      params: ProgramWeekParams,
      body: CurriculumWeekBody,
      reply: Program,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const userId = callerId(request);
      const { id, week } = request.params;
      await replaceWeek(db, id, userId, week, request.body);
      return programFor(db, id, userId);
    },
  );
  route.post(
    '/api/programs/:id/curriculum/:itemId/adopt',
    {
      summary:
        'Adopt a curriculum practice as my own private practice (people holding a seat); the program never sees it',
      params: ProgramItemParams,
      body: AdoptBody,
      reply: AdoptedPractice,
      status: 201,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const { id, itemId } = request.params;
      const practiceId = await adoptPractice(
        db,
        id,
        callerId(request),
        itemId,
        request.body?.schedule ?? { type: 'daily' },
      );
      return { practiceId };
    },
  );

  route.post(
    '/api/programs/:id/enrollments',
    {
      summary:
        'Enroll myself: a seat while one is free, else the waitlist (anyone in the organization, while open)',
      params: ProgramParams,
      body: EnrollBody,
      reply: EnrollmentResult,
      errors: [400, 401, 404, 409],
    },
    async (request) => {
      const userId = callerId(request);
      await enroll(db, request.params.id, userId);
      return enrollmentOf(db, request.params.id, userId);
    },
  );
  route.delete(
    '/api/programs/:id/enrollments/me',
    {
      summary: 'Withdraw myself; a freed seat goes to the first on the waitlist',
      params: ProgramParams,
      status: 204,
      errors: [401, 404],
    },
    async (request) => withdraw(db, request.params.id, callerId(request)),
  );
  route.get(
    '/api/programs/:id/roster',
    {
      summary:
        'Who holds a seat, or who waits, by name in queue order — nothing else about them (facilitators and admins)',
      params: ProgramParams,
      query: RosterQuery,
      reply: RosterPage,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const page = await rosterPage(db, request.params.id, callerId(request), request.query);
      return { items: page.items.map(presentRosterEntry), nextCursor: page.nextCursor };
    },
  );
  route.get(
    '/api/program-enrollments',
    {
      summary: 'The programs I hold a seat in or wait for, latest first',
      query: MyProgramsQuery,
      reply: MyProgramPage,
      errors: [400, 401],
    },
    async (request) => {
      const page = await myProgramsPage(db, callerId(request), request.query);
      return {
        items: page.items.map((i) => ({
          enrollmentId: i.enrollmentId,
          program: presentProgramSummary(i.facts),
        })),
        nextCursor: page.nextCursor,
      };
    },
  );

  route.get(
    '/api/programs/:id/flyer.pdf',
    {
      summary: 'The program’s printable flyer (PDF)',
      params: ProgramParams,
      reply: z.any().describe('application/pdf'),
      errors: [401, 404],
    },
    async (request, reply) => {
      const program = await programFor(db, request.params.id, callerId(request));
      const pdf = await programFlyer(
        program,
        await orgNameOf(db, program.orgId),
        pageUrl(program.id),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="program-flyer.pdf"')
        .send(pdf);
    },
  );
  route.get(
    '/api/programs/:id/sessions.ics',
    {
      summary: 'The program’s sessions as a calendar file (iCalendar, times in UTC)',
      params: ProgramParams,
      reply: z.string().describe('text/calendar'),
      errors: [401, 404],
    },
    async (request, reply) => {
      const program = await programFor(db, request.params.id, callerId(request));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="program-sessions.ics"')
        .send(await sessionsCalendar(program, pageUrl(program.id)));
    },
  );
}
