import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import type { HttpClient } from '../../../../test-support/http-client';
import {
  joinOrg,
  orgMatrix,
  type OrgMatrix,
  type Person,
  type Who,
} from '../../../../test-support/org-matrix';
import { expectPagedLikeWhole } from '../../../../test-support/paging';
import { pdfTextFacts } from '../../../../test-support/pdf-text';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';
import { enroll } from './enrollment-commands';

const PROGRAM = {
  title: 'Foundations for Leadership',
  description: 'Eight weeks of *practice*.\n\n- Reflect daily\n- Meet weekly',
  startDate: '2026-03-02',
  endDate: '2026-04-26',
  seats: 12,
  sessions: [
    {
      date: '2026-03-03',
      time: '09:30',
      timeZone: 'Europe/Berlin',
      durationMinutes: 90,
      place: 'Room 4',
      agenda: '- Welcome\n- Personal vision',
    },
  ],
  curriculum: [
    { week: 1, kind: 'prompt', title: 'What do you want to create?', body: 'Write freely.' },
    {
      week: 1,
      kind: 'practice',
      title: 'Morning pages',
      body: 'Three pages, by hand.',
      libraryEntryId: 'builtin:practice:morning-pages',
    },
    { week: 2, kind: 'prompt', title: 'Where are you now?', libraryEntryId: 'builtin:prompt:x' },
  ],
};

/** A program's calendar date range around today, so its first week is now. */
function runningNow() {
  const today = new Date().toISOString().slice(0, 10);
  const start = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const end = new Date(Date.parse(`${today}T00:00:00Z`) + 50 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { startDate: start, endDate: end };
}

describe.each(databaseKinds())('programs on %s', (kind) => {
  let server: TestServer;
  let m: OrgMatrix;

  beforeAll(async () => {
    server = await startTestServer(kind);
    m = await orgMatrix(server);
  });
  afterAll(() => server.close());

  const IN_ORG: Who[] = ['author', 'orgMember', 'teammate', 'leader', 'facilitator', 'admin'];
  const RUNNERS: Who[] = ['facilitator', 'admin'];

  async function newProgram(body: Record<string, unknown> = {}, by = m.people.facilitator) {
    const created = await by.client.post(`/api/orgs/${m.orgId}/programs`, { ...PROGRAM, ...body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  /** People who join the organization as members, each signed in. */
  async function members(count: number, name = 'P') {
    const people: Person[] = [];
    for (let i = 0; i < count; i += 1) {
      const person = await signedInClient(server, `${name}${i + 1}`);
      await joinOrg(m.people.admin, m.orgId, person);
      people.push(person);
    }
    return people;
  }

  it('lets facilitators and admins run programs, anyone in the organization see them, no one else', async () => {
    const create = (c: HttpClient, who: Who) =>
      c.post(`/api/orgs/${m.orgId}/programs`, { ...PROGRAM, title: `By ${who}` });
    expect(await m.statuses(create)).toEqual({ ...m.only(RUNNERS, 201, 403), outsider: 404 });

    const program = await newProgram();
    expect(program).toMatchObject({
      title: 'Foundations for Leadership',
      weeks: 8,
      seats: 12,
      status: 'open',
      enrolledCount: 0,
      waitlistCount: 0,
      me: { status: null, waitlistPosition: null },
      canManage: true,
      sessions: [
        {
          date: '2026-03-03',
          time: '09:30',
          timeZone: 'Europe/Berlin',
          startsAt: '2026-03-03T08:30:00.000Z',
          place: 'Room 4',
          link: '',
        },
      ],
      curriculum: [
        { week: 1, kind: 'prompt', title: 'What do you want to create?', libraryEntryId: null },
        { week: 1, kind: 'practice', libraryEntryId: 'builtin:practice:morning-pages' },
        { week: 2, kind: 'prompt', body: '', libraryEntryId: 'builtin:prompt:x' },
      ],
    });
    const pid = program.id;
    const sessionId = program.sessions[0].id;
    const itemId = program.curriculum[0].id;

    const reads = [
      (c: HttpClient) => c.get(`/api/orgs/${m.orgId}/programs`),
      (c: HttpClient) =>
        c.get(`/api/orgs/${m.orgId}/programs?libraryEntryId=builtin:prompt:vision-01`),
      (c: HttpClient) => c.get(`/api/programs/${pid}`),
      (c: HttpClient) => c.get(`/api/programs/${pid}/flyer.pdf`),
      (c: HttpClient) => c.get(`/api/programs/${pid}/sessions.ics`),
    ];
    for (const read of reads) expect(await m.statuses(read)).toEqual(m.only(IN_ORG));

    const manage = [
      (c: HttpClient) => c.patch(`/api/programs/${pid}`, { description: 'Changed.' }),
      (c: HttpClient) => c.get(`/api/programs/${pid}/roster`),
      (c: HttpClient) => c.patch(`/api/programs/${pid}/sessions/${sessionId}`, { place: 'Room 5' }),
      (c: HttpClient) => c.patch(`/api/programs/${pid}/curriculum/${itemId}`, { week: 3 }),
    ];
    const managed = { ...m.only(RUNNERS, 200, 403), outsider: 404 };
    for (const request of manage) expect(await m.statuses(request)).toEqual(managed);
    const adds = [
      (c: HttpClient) =>
        c.post(`/api/programs/${pid}/sessions`, {
          date: '2026-03-10',
          time: '18:00',
          timeZone: 'America/New_York',
          link: 'https://meet.example.com/abc',
        }),
      (c: HttpClient) =>
        c.post(`/api/programs/${pid}/curriculum`, { week: 2, kind: 'practice', title: 'Walk' }),
    ];
    for (const request of adds) {
      expect(await m.statuses(request)).toEqual({ ...m.only(RUNNERS, 201, 403), outsider: 404 });
    }
    const removals = await m.statuses(async (c) => {
      const s = await m.people.admin.client.post(`/api/programs/${pid}/sessions`, {
        date: '2026-03-11',
        time: '08:00',
        timeZone: 'UTC',
      });
      const i = await m.people.admin.client.post(`/api/programs/${pid}/curriculum`, {
        week: 4,
        kind: 'prompt',
        title: 'To remove',
      });
      const a = await c.delete(`/api/programs/${pid}/sessions/${s.body.id}`);
      const b = await c.delete(`/api/programs/${pid}/curriculum/${i.body.id}`);
      expect(a.status).toBe(b.status);
      return a;
    });
    expect(removals).toEqual({ ...m.only(RUNNERS, 204, 403), outsider: 404 });

    // Enrolling: anyone in the organization, themselves only.
    const enrolls = await m.statuses((c) => c.post(`/api/programs/${pid}/enrollments`));
    expect(enrolls).toEqual(m.only(IN_ORG));
    const named = await m.people.author.client.post(`/api/programs/${pid}/enrollments`, {
      userId: m.people.teammate.user.id,
    });
    expect(named.status).toBe(400);
    const withdrawals = await m.statuses((c) => c.delete(`/api/programs/${pid}/enrollments/me`));
    expect(withdrawals).toEqual(m.only(IN_ORG, 204));
    expect(
      (await m.people.author.client.delete(`/api/programs/${pid}/enrollments/me`)).status,
    ).toBe(404);

    const seen = await m.people.orgMember.client.get(`/api/programs/${pid}`);
    expect(seen.body).toMatchObject({ canManage: false, description: 'Changed.' });
    expect(
      seen.body.sessions.slice(0, 3).map((s: any) => [s.time, s.timeZone, s.startsAt]),
    ).toEqual([
      ['09:30', 'Europe/Berlin', '2026-03-03T08:30:00.000Z'],
      ['18:00', 'America/New_York', '2026-03-10T22:00:00.000Z'],
      ['18:00', 'America/New_York', '2026-03-10T22:00:00.000Z'],
    ]);
  });

  it('gives seats in order, waitlists the rest, and promotes in order on withdrawal and more seats', async () => {
    const program = await newProgram({ seats: 2 });
    const pid = program.id;
    const people = await members(5, 'Q');
    const answers = [];
    for (const p of people) {
      answers.push((await p.client.post(`/api/programs/${pid}/enrollments`)).body);
    }
    expect(answers).toEqual([
      { status: 'enrolled', waitlistPosition: null },
      { status: 'enrolled', waitlistPosition: null },
      { status: 'waitlisted', waitlistPosition: 1 },
      { status: 'waitlisted', waitlistPosition: 2 },
      { status: 'waitlisted', waitlistPosition: 3 },
    ]);
    // Asking again answers where one stands; it does not queue twice.
    expect((await people[3]!.client.post(`/api/programs/${pid}/enrollments`)).body).toEqual({
      status: 'waitlisted',
      waitlistPosition: 2,
    });
    const roster = async (list: string) =>
      (await m.people.facilitator.client.get(`/api/programs/${pid}/roster?list=${list}`)).body
        .items;
    expect((await roster('enrolled')).map((r: any) => [r.person.name, r.position])).toEqual([
      ['Q1', 1],
      ['Q2', 2],
    ]);
    expect((await roster('waitlisted')).map((r: any) => [r.person.name, r.position])).toEqual([
      ['Q3', 1],
      ['Q4', 2],
      ['Q5', 3],
    ]);
    // Names only: nothing about the person beyond their name and place.
    expect(Object.keys((await roster('enrolled'))[0]).sort()).toEqual(
      ['id', 'person', 'position', 'since', 'status'].sort(),
    );
    expect(Object.keys((await roster('enrolled'))[0].person).sort()).toEqual(['id', 'name']);

    // A waitlisted person leaving moves those behind them up.
    expect((await people[3]!.client.delete(`/api/programs/${pid}/enrollments/me`)).status).toBe(
      204,
    );
    expect((await people[4]!.client.get(`/api/programs/${pid}`)).body.me).toEqual({
      status: 'waitlisted',
      waitlistPosition: 2,
    });
    // A seat freed goes to the first in line.
    await people[0]!.client.delete(`/api/programs/${pid}/enrollments/me`);
    expect((await people[2]!.client.get(`/api/programs/${pid}`)).body.me).toEqual({
      status: 'enrolled',
      waitlistPosition: null,
    });
    expect((await roster('enrolled')).map((r: any) => r.person.name)).toEqual(['Q2', 'Q3']);
    // Coming back means the end of the line.
    expect((await people[0]!.client.post(`/api/programs/${pid}/enrollments`)).body).toEqual({
      status: 'waitlisted',
      waitlistPosition: 2,
    });
    // Fewer seats than people holding them: refused; more seats: the line moves up in order.
    const fewer = await m.people.facilitator.client.patch(`/api/programs/${pid}`, { seats: 1 });
    expect(fewer.status).toBe(400);
    expect(fewer.body.error.code).toBe('seats_below_enrolled');
    const more = await m.people.facilitator.client.patch(`/api/programs/${pid}`, { seats: 3 });
    expect(more.body).toMatchObject({ seats: 3, enrolledCount: 3, waitlistCount: 1 });
    expect((await roster('enrolled')).map((r: any) => r.person.name)).toEqual(['Q2', 'Q3', 'Q5']);
    expect((await roster('waitlisted')).map((r: any) => r.person.name)).toEqual(['Q1']);
    // A closed program takes no one new, and still lets people leave.
    await m.people.facilitator.client.patch(`/api/programs/${pid}`, { status: 'closed' });
    const closed = await people[3]!.client.post(`/api/programs/${pid}/enrollments`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('program_closed');
    await people[1]!.client.delete(`/api/programs/${pid}/enrollments/me`);
    expect((await roster('enrolled')).map((r: any) => r.person.name)).toEqual(['Q3', 'Q5', 'Q1']);

    const mine = await people[2]!.client.get('/api/program-enrollments');
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        program: expect.objectContaining({
          id: pid,
          me: { status: 'enrolled', waitlistPosition: null },
        }),
      }),
    ]);
  });

  it('seats exactly as many as it has when 50 people enroll at once', async () => {
    const program = await newProgram({ seats: 10 });
    const pid = program.id;
    const people = await members(50, 'C');
    const answers = await Promise.all(
      people.map((p) => p.client.post(`/api/programs/${pid}/enrollments`)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    const statuses = answers.map((a) => a.body.status);
    expect(statuses.filter((s) => s === 'enrolled')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(40);
    const detail = (await m.people.facilitator.client.get(`/api/programs/${pid}`)).body;
    expect(detail).toMatchObject({ enrolledCount: 10, waitlistCount: 40 });
    const waitlist = await expectPagedLikeWhole(
      m.people.facilitator.client,
      `/api/programs/${pid}/roster?list=waitlisted&limit=100`.replace('&limit=100', ''),
      7,
    );
    expect(waitlist.map((w: any) => w.position)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );

    // The same race through the command, each call its own transaction (and, on PostgreSQL,
    // its own pooled connection), including people asking twice at once.
    const second = await newProgram({ seats: 10 });
    const more = await members(20, 'D');
    const ids = [...people.slice(0, 30), ...more].map((p) => p.user.id);
    const results = await Promise.all(
      [...ids, ...ids.slice(0, 10)].map((id) => enroll(server.database.db, second.id, id)),
    );
    const after = (await m.people.facilitator.client.get(`/api/programs/${second.id}`)).body;
    expect(after).toMatchObject({ enrolledCount: 10, waitlistCount: 40 });
    expect(results.filter((s) => s === 'enrolled').length).toBeGreaterThanOrEqual(10);

    // Withdrawals at once: each freed seat goes to the next in line, no seat given twice.
    const enrolledNow = people.filter((_, i) => statuses[i] === 'enrolled');
    await Promise.all(
      enrolledNow.slice(0, 5).map((p) => p.client.delete(`/api/programs/${pid}/enrollments/me`)),
    );
    const firstWaiting = waitlist.slice(0, 5).map((w: any) => w.person.id);
    const seated = await expectPagedLikeWhole(
      m.people.facilitator.client,
      `/api/programs/${pid}/roster?list=enrolled`,
      4,
    );
    expect(seated).toHaveLength(10);
    expect(seated.slice(5).map((s: any) => s.person.id)).toEqual(firstWaiting);
    // Seventy sign-ups hash seventy passwords: slow on a loaded machine.
  }, 180_000);

  it('pages an organization’s programs by start date, and the roster by queue', async () => {
    const { orgId } = m;
    for (let i = 0; i < 7; i += 1) {
      await newProgram({
        title: `Run ${i}`,
        startDate: `2027-0${1 + (i % 3)}-01`,
        endDate: '2027-12-31',
      });
    }
    const all = await expectPagedLikeWhole(
      m.people.orgMember.client,
      `/api/orgs/${orgId}/programs`,
      3,
    );
    const starts = all.map((p: any) => p.startDate);
    expect(starts).toEqual([...starts].sort());
    const open = await m.people.orgMember.client.get(`/api/orgs/${orgId}/programs?status=closed`);
    expect(open.body.items.every((p: any) => p.status === 'closed')).toBe(true);
    const bad = await m.people.orgMember.client.get(`/api/orgs/${orgId}/programs?cursor=abc`);
    expect(bad.status).toBe(400);
  });

  it('puts this week’s curriculum on Today for those holding a seat, and lets them adopt a practice privately', async () => {
    const program = await newProgram({ ...runningNow(), seats: 1 });
    const [seated, waiting] = await members(2, 'T');
    await seated!.client.post(`/api/programs/${program.id}/enrollments`);
    await waiting!.client.post(`/api/programs/${program.id}/enrollments`);
    const today = (await seated!.client.get('/api/today')).body;
    expect(today.programs).toEqual([
      {
        programId: program.id,
        title: 'Foundations for Leadership',
        week: 1,
        weeks: 8,
        items: [
          expect.objectContaining({ kind: 'prompt', title: 'What do you want to create?' }),
          expect.objectContaining({ kind: 'practice', title: 'Morning pages' }),
        ],
      },
    ]);
    expect((await waiting!.client.get('/api/today')).body.programs).toEqual([]);

    const practiceItem = program.curriculum.find((i: any) => i.kind === 'practice');
    const promptItem = program.curriculum.find((i: any) => i.kind === 'prompt');
    const adopt = (c: HttpClient, itemId: string) =>
      c.post(`/api/programs/${program.id}/curriculum/${itemId}/adopt`, {
        schedule: { type: 'weekly', times: 3 },
      });
    expect((await adopt(waiting!.client, practiceItem.id)).status).toBe(403);
    expect((await adopt(seated!.client, promptItem.id)).status).toBe(400);
    const adopted = await adopt(seated!.client, practiceItem.id);
    expect(adopted.status).toBe(201);
    const practice = await seated!.client.get(`/api/practices/${adopted.body.practiceId}`);
    expect(practice.body).toMatchObject({
      name: 'Morning pages',
      description: 'Three pages, by hand.',
      schedule: { type: 'weekly', times: 3 },
    });
    await seated!.client.put(`/api/practices/${adopted.body.practiceId}/checkins/${today.date}`, {
      status: 'done',
      note: 'A private note',
    });
    // The facilitator sees the person's name on the roster and nothing of their practice.
    for (const who of ['facilitator', 'admin'] as const) {
      const c = m.people[who].client;
      expect((await c.get(`/api/practices/${adopted.body.practiceId}`)).status).toBe(404);
      const everything = await Promise.all([
        c.get(`/api/programs/${program.id}`),
        c.get(`/api/programs/${program.id}/roster`),
        c.get(`/api/programs/${program.id}/roster?list=waitlisted`),
      ]);
      const text = JSON.stringify(everything.map((e) => e.body));
      expect(text).toContain('T1');
      expect(text).not.toContain('A private note');
      expect(text).not.toContain(adopted.body.practiceId);
    }
  });

  it('serves a flyer PDF and a valid calendar of the sessions in UTC', async () => {
    const program = await newProgram();
    await m.people.facilitator.client.post(`/api/programs/${program.id}/sessions`, {
      date: '2026-10-25',
      time: '02:30',
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      link: 'https://meet.example.com/x',
      agenda: 'Bring **one** question.',
    });
    const cookie = `praxis_session=${m.people.author.client.cookie('praxis_session')}`;
    const pdf = await fetch(`${server.baseUrl}/api/programs/${program.id}/flyer.pdf`, {
      headers: { cookie },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1500);

    // Names beyond Western European letters print as written, in an embedded Unicode font.
    const named = await newProgram({
      title: 'Zoë Łukasz 李 — Лидерство',
      description: 'Ελληνικά and שלום.',
    });
    const unicode = await fetch(`${server.baseUrl}/api/programs/${named.id}/flyer.pdf`, {
      headers: { cookie },
    });
    const facts = pdfTextFacts(Buffer.from(await unicode.arrayBuffer()));
    expect(facts.fonts.some((f) => /\+DejaVuSans$/.test(f))).toBe(true);
    expect(facts.fonts.some((f) => /\+DejaVuSans-Bold$/.test(f))).toBe(true);
    expect(facts.fonts.some((f) => f.startsWith('Helvetica'))).toBe(false);
    for (const char of 'ZoëŁukaszЛидерствоΕλληνικάשלום—') {
      expect(facts.characters, char).toContain(char);
    }
    // DejaVu has no Chinese: 李 prints as "?", never as an empty box.
    expect(facts.characters).not.toContain('李');
    expect(facts.characters).toContain('?');

    const ics = await fetch(`${server.baseUrl}/api/programs/${program.id}/sessions.ics`, {
      headers: { cookie },
    });
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = await ics.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    const starts = lines.filter((l) => l.startsWith('DTSTART'));
    expect(starts).toEqual([
      'DTSTART:20260303T083000Z',
      expect.stringMatching(/^DTSTART:20261025T0[01]3000Z$/),
    ]);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids).toHaveLength(2);
    expect(uids).toContain(`UID:${program.sessions[0].id}@praxis.programs`);
    // Folded at 75 octets as RFC 5545 asks, and unfolded back to whole content lines.
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('SUMMARY:Foundations for Leadership — session 2');
    expect(unfolded).toContain(
      'DESCRIPTION:Bring one question.\\n\\nJoin: https://meet.example.com/x',
    );
    expect(unfolded).toContain('LOCATION:Room 4');
  });
});
