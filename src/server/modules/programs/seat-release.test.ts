import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { joinOrg } from '../../../../test-support/org-matrix';
import { signedInClient, startTestServer, type TestServer } from '../../../../test-support/server';

/** Leaving an organization or deleting an account gives up seats; the waitlist moves up in order. */
describe.each(databaseKinds())('seats released on %s', (kind) => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof signedInClient>>;
  let orgId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await signedInClient(server, 'Admin');
    orgId = (await admin.client.post('/api/orgs', { name: 'Seats Inc' })).body.id;
  });
  afterAll(() => server.close());

  async function people(count: number, name: string) {
    const list = [];
    for (let i = 0; i < count; i += 1) {
      const person = await signedInClient(server, `${name}${i + 1}`);
      await joinOrg(admin, orgId, person);
      list.push(person);
    }
    return list;
  }

  async function program(seats: number) {
    const created = await admin.client.post(`/api/orgs/${orgId}/programs`, {
      title: 'Two seats',
      startDate: '2026-03-02',
      endDate: '2026-04-26',
      seats,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  }

  const names = async (pid: string, list: string) =>
    (await admin.client.get(`/api/programs/${pid}/roster?list=${list}`)).body.items.map(
      (r: { person: { name: string } }) => r.person.name,
    );

  it('promotes the waitlist in order when a member leaves, or is removed', async () => {
    const [a, b, c, d, e] = await people(5, 'L');
    const first = await program(2);
    const second = await program(1);
    for (const p of [a!, b!, c!, d!, e!]) {
      await p.client.post(`/api/programs/${first}/enrollments`);
    }
    await b!.client.post(`/api/programs/${second}/enrollments`);
    await c!.client.post(`/api/programs/${second}/enrollments`);
    expect(await names(first, 'enrolled')).toEqual(['L1', 'L2']);

    // L2 leaves: their seats in both programs go to the first waiting, at once.
    expect((await b!.client.delete(`/api/orgs/${orgId}/members/${b!.user.id}`)).status).toBe(204);
    expect(await names(first, 'enrolled')).toEqual(['L1', 'L3']);
    expect(await names(first, 'waitlisted')).toEqual(['L4', 'L5']);
    expect(await names(second, 'enrolled')).toEqual(['L3']);
    expect(await names(second, 'waitlisted')).toEqual([]);

    // A waitlisted member removed by an admin: those behind move up; no seat changes hands.
    expect((await admin.client.delete(`/api/orgs/${orgId}/members/${d!.user.id}`)).status).toBe(
      204,
    );
    expect(await names(first, 'enrolled')).toEqual(['L1', 'L3']);
    expect(await names(first, 'waitlisted')).toEqual(['L5']);
    const summary = (await admin.client.get(`/api/programs/${first}`)).body;
    expect(summary).toMatchObject({ enrolledCount: 2, waitlistCount: 1 });
  });

  it('promotes the waitlist in order when an account is deleted', async () => {
    const [a, b, c] = await people(3, 'D');
    const pid = await program(1);
    for (const p of [a!, b!, c!]) await p.client.post(`/api/programs/${pid}/enrollments`);
    const deleted = await a!.client.delete('/api/me', { password: a!.person.password });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    expect(await names(pid, 'enrolled')).toEqual(['D2']);
    expect(await names(pid, 'waitlisted')).toEqual(['D3']);
    expect((await b!.client.get(`/api/programs/${pid}`)).body.me).toEqual({
      status: 'enrolled',
      waitlistPosition: null,
    });
    expect((await c!.client.get(`/api/programs/${pid}`)).body.me).toEqual({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
  });

  it('keeps seats exact when people leave while others enroll at once', async () => {
    const crowd = await people(12, 'C');
    const pid = await program(4);
    for (const p of crowd.slice(0, 8)) await p.client.post(`/api/programs/${pid}/enrollments`);
    // The first four hold seats; four leave while four more enroll, all at once.
    const leaving = crowd.slice(0, 4);
    await Promise.all([
      ...leaving.map((p) => p.client.delete(`/api/orgs/${orgId}/members/${p.user.id}`)),
      ...crowd.slice(8).map((p) => p.client.post(`/api/programs/${pid}/enrollments`)),
    ]);
    const enrolled = await names(pid, 'enrolled');
    const waiting = await names(pid, 'waitlisted');
    expect(enrolled).toHaveLength(4);
    expect(enrolled).toEqual(['C5', 'C6', 'C7', 'C8']);
    expect(waiting.sort()).toEqual(['C10', 'C11', 'C12', 'C9']);
  });
});
