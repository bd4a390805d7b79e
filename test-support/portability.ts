import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SECTIONS } from '../src/server/modules/portability/archive-sections';
import type { HttpClient } from './http-client';
import { joinOrg, type Person } from './org-matrix';
import { signedInClient, type TestServer } from './server';

const ok = async (answer: Promise<{ status: number; body: any }>) => {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`set-up answered ${status}: ${JSON.stringify(body)}`);
  return body;
};

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * A year-like life in Praxis made through the API: purpose (two versions), values, aspirations
 * with revisions, assessments and steps, practices with check-ins, reflections of every kind
 * with mood, emotions, tags and forms, mood check-ins, reactions, a weekly review with ratings,
 * beliefs (one from a reflection), learning items with sessions and linked aspirations.
 * Returns how many of each it made.
 */
export async function livedIn(client: HttpClient) {
  await ok(client.put('/api/purpose', { text: 'Children grow up in a better world.' }));
  await ok(client.put('/api/purpose', { text: 'Children grow up in a kinder, better world.' }));
  const honesty = await ok(
    client.post('/api/values', { name: 'Honesty', description: 'Say what is so.' }),
  );
  const courage = await ok(client.post('/api/values', { name: 'Courage' }));
  const coach = await ok(
    client.post('/api/aspirations', {
      title: 'Coach, not fix',
      domain: 'career',
      vision: 'My team solves its own problems; I ask more than I tell.',
      visionLevel: 8,
      at: '2026-01-05T08:00:00Z',
    }),
  );
  const run = await ok(
    client.post('/api/aspirations', {
      title: 'Run a half',
      domain: 'health',
      vision: 'A half marathon, **easy**.',
      visionLevel: 9,
    }),
  );
  await ok(
    client.patch(`/api/aspirations/${run.id}`, {
      visionLevel: 7,
      reason: 'Knee first; a 10k this year.',
    }),
  );
  for (const [level, evidence, at] of [
    [3, 'I jumped in twice in the stand-up.', '2026-01-06T08:00:00Z'],
    [5, 'I asked three questions before answering.', '2026-03-01T08:00:00Z'],
  ] as const) {
    await ok(client.post(`/api/aspirations/${coach.id}/assessments`, { level, evidence, at }));
  }
  const step = await ok(
    client.post(`/api/aspirations/${coach.id}/steps`, { text: 'Ask “what have you tried?”' }),
  );
  await ok(client.patch(`/api/aspirations/${coach.id}/steps/${step.id}`, { done: true }));
  await ok(
    client.post(`/api/aspirations/${coach.id}/steps`, { text: 'Count my questions for a week' }),
  );

  const pages = await ok(
    client.post('/api/practices', {
      name: 'Morning pages',
      schedule: { type: 'daily' },
      aspirationId: coach.id,
      valueId: honesty.id,
    }),
  );
  const walk = await ok(
    client.post('/api/practices', {
      name: 'Walk, no phone',
      schedule: { type: 'weekly', times: 3 },
    }),
  );
  let checkIns = 0;
  for (let d = 0; d < 20; d += 1) {
    if (d % 4 === 3) continue;
    await ok(
      client.put(`/api/practices/${pages.id}/checkins/${daysAgo(d)}`, {
        status: d % 7 === 5 ? 'skipped' : 'done',
        ...(d === 1 ? { note: 'Three pages, ünïcode ✓' } : {}),
      }),
    );
    checkIns += 1;
  }
  await ok(client.put(`/api/practices/${walk.id}/checkins/${daysAgo(2)}`, { status: 'done' }));
  checkIns += 1;

  const daily = await ok(
    client.post('/api/reflections', {
      kind: 'daily',
      title: 'A hard stand-up',
      body: 'I can’t stop fixing things for them.\n\n- one\n- two',
      mood: { pleasantness: -2, energy: 3 },
      emotions: ['frustrated', 'anxious'],
      tags: ['work', 'coaching'],
      at: '2026-02-10T21:30:00Z',
    }),
  );
  await ok(client.post('/api/reflections', { kind: 'free', body: 'Untitled thought.' }));
  await ok(
    client.post('/api/reflections', {
      kind: 'left_hand_column',
      body: '',
      form: {
        type: 'left_hand_column',
        situation: 'Budget meeting',
        rows: [{ said: 'Fine.', thought: 'Not fine.' }],
      },
    }),
  );
  await ok(
    client.post('/api/reflections', {
      kind: 'weekly',
      title: 'Week 9',
      body: 'Calmer.',
      tags: ['review'],
    }),
  );
  await ok(client.post('/api/mood', { pleasantness: 2, energy: -1, emotions: ['calm'] }));
  await ok(client.post('/api/mood', { pleasantness: -3, energy: 4 }));
  await ok(
    client.post('/api/reactions', {
      trigger: 'Slides rewritten the night before',
      emotions: ['angry'],
      intensity: 7,
      automaticReaction: 'Sharp message at 11 pm.',
      chosenResponse: 'Ask what worried her.',
      outcome: 'We fixed one number together.',
    }),
  );
  await ok(
    client.post('/api/reviews/weekly', {
      week: '2026-W09',
      valueRatings: [
        { valueId: honesty.id, rating: 8, evidence: 'Said the deadline was unrealistic.' },
        { valueId: courage.id, rating: 5 },
      ],
      wentWell: 'Fewer fixes.',
      learned: 'Silence works.',
      focus: 'Ask first.',
    }),
  );
  await ok(
    client.post('/api/beliefs', {
      statement: 'I can’t delegate without losing quality.',
      kind: 'limiting',
      evidenceFor: 'The report in March.',
      evidenceAgainst: 'Mia’s last three releases.',
      reframe: 'Quality grows when I coach.',
      sourceReflectionId: daily.id,
    }),
  );
  await ok(
    client.post('/api/beliefs', { statement: 'I learn from every release.', kind: 'empowering' }),
  );
  const book = await ok(
    client.post('/api/learning', {
      kind: 'book',
      title: 'The Fifth Discipline',
      source: 'Peter Senge',
      status: 'in_progress',
      insights: '> Personal mastery is a discipline.',
      startedOn: daysAgo(30),
      aspirationIds: [coach.id, run.id],
    }),
  );
  await ok(
    client.post(`/api/learning/${book.id}/sessions`, {
      date: daysAgo(3),
      hours: 1.5,
      note: 'Chapter 9',
    }),
  );
  await ok(client.post(`/api/learning/${book.id}/sessions`, { date: daysAgo(1), hours: 0.25 }));
  await ok(
    client.post('/api/learning', {
      kind: 'course',
      title: 'Coaching basics',
      url: 'https://example.com/c',
      status: 'done',
      startedOn: daysAgo(60),
      finishedOn: daysAgo(40),
    }),
  );
  return {
    purposeRevisions: 2,
    values: 2,
    aspirations: 2,
    practices: 2,
    checkIns,
    reflections: 4,
    moodCheckIns: 2,
    reactions: 1,
    weeklyReviews: 1,
    beliefs: 2,
    learningItems: 2,
  };
}

/** The meeting Ben sets in the 1:1 space Ana owns with him (see `meetingsOf`). */
export const ANA_BEN_MEETING = {
  date: '2027-03-22',
  time: '10:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 45,
  place: 'https://meet.example.com/ana-ben',
  repeatWeeks: 2,
};

/**
 * Ana's 1:1 meetings, made through the API on `server`: a space she owns with Ben (Ben set its
 * meeting, every 2 weeks), one Dan owns with her as colleague (she set it, once), and one of
 * Ben and Dan's that she is not in (its meeting must never reach her data).
 */
export async function meetingsOf(server: TestServer, ana: Person) {
  const [ben, dan] = [await signedInClient(server, 'Ben'), await signedInClient(server, 'Dan')];
  const orgId = (await ok(ana.client.post('/api/orgs', { name: 'Lab' }))).id as string;
  await joinOrg(ana, orgId, ben);
  await joinOrg(ana, orgId, dan);
  const space = async (owner: Person, colleague: Person, title: string) =>
    (
      await ok(
        owner.client.post('/api/one-on-ones', { orgId, colleagueId: colleague.user.id, title }),
      )
    ).id as string;
  const meet = (who: Person, id: string, meeting: object) =>
    ok(who.client.put(`/api/one-on-ones/${id}/meeting`, meeting));
  await meet(ben, await space(ana, ben, 'Ana & Ben, weekly-ish'), ANA_BEN_MEETING);
  await meet(ana, await space(dan, ana, 'Growth, with Ana'), {
    date: '2027-04-01',
    time: '16:30',
    timeZone: 'America/New_York',
  });
  await meet(dan, await space(ben, dan, 'Ben and Dan only'), {
    date: '2027-04-02',
    time: '09:00',
    timeZone: 'UTC',
    place: 'Room of Ben and Dan',
  });
  return { ben, dan };
}

/** The reason an import gives for each 1:1 meeting of an archive it leaves out. */
export const MEETING_REASON =
  'A 1:1 meeting belongs to a 1:1 space of two people and is not restored by an import; set it again in the space.';

/** The archive sections an import never restores. */
const RECORD_ONLY = SECTIONS.filter((s) => s.exportOnly).map((s) => s.name);

/**
 * An archive as an import restores it: the sections written for the record only (shares, 1:1
 * meetings, feedback) emptied, so it compares with the export of the account it was imported into.
 */
export const restorable = (archive: string) =>
  archive.replace(
    new RegExp(`\\n"(${RECORD_ONLY.join('|')})":\\[[^]*?\\](?=,\\n"|\\}\\n?$)`, 'g'),
    '\n"$1":[]',
  );

/** Sends a file to `POST /api/imports` as the web form does. */
export function upload(client: HttpClient, format: string, name: string, bytes: Buffer | string) {
  const form = new FormData();
  form.set('format', format);
  form.set('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  return client.request('POST', '/api/imports', { form });
}

/** Waits for an import to end and gives its summary. */
export async function importEnded(client: HttpClient, id: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await client.get(`/api/imports/${id}`);
    if (body.status === 'done' || body.status === 'failed') return body;
    if (Date.now() > until) throw new Error(`import ${id} still ${body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uploads a file and waits for its import to end. */
export async function imported(
  client: HttpClient,
  format: string,
  name: string,
  bytes: Buffer | string,
) {
  const started: { status: number; body: any } = await upload(client, format, name, bytes);
  if (started.status !== 202)
    throw new Error(`import answered ${started.status}: ${JSON.stringify(started.body)}`);
  return importEnded(client, started.body.id);
}

/**
 * An archive with what differs between two accounts taken out: ids become their order of first
 * appearance, and the export time and account (a different person) are left out; everything
 * else must match byte for byte.
 */
export function comparable(archive: string): string {
  const [head = '', ...rest] = archive.split('\n');
  const { format, formatVersion } = JSON.parse(`${head.replace(/,$/, '')}}`);
  const ids = new Map<string, string>();
  const body = rest.join('\n').replace(/"[0-9A-HJKMNP-TV-Z]{26}"/g, (id) => {
    if (!ids.has(id)) ids.set(id, `"id-${ids.size + 1}"`);
    return ids.get(id)!;
  });
  return `${format} ${formatVersion}\n${body}`;
}

/** A file of `test-support/fixtures/imports`. */
export const importFixture = (name: string) =>
  readFileSync(path.resolve('test-support/fixtures/imports', name));

/** A zip of the given files (made with fflate, as another tool's export would be). */
export const zipOf = (files: Record<string, Uint8Array | string>) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([n, c]) => [n, typeof c === 'string' ? strToU8(c) : c]),
      ),
    ),
  );
