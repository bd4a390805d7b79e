import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { serverFor } from '../../../../test-support/fixtures';
import { joinOrg, type Person } from '../../../../test-support/org-matrix';
import { imported } from '../../../../test-support/portability';
import { signedInClient } from '../../../../test-support/server';

const REQUEST_REASON =
  'A feedback request and its answers came from other people and are not restored by an import; ask again in Feedback.';
const GIVEN_REASON =
  'Feedback you gave belongs to the request of the person who asked and is not restored by an import.';

const sbi = (words: string) => ({
  situation: `In the planning meeting (${words})`,
  behavior: `You summarized each view (${words})`,
  impact: `We decided in ten minutes (${words})`,
  suggestion: '',
});

/**
 * My feedback in my data export: the requests I made with exactly the answers Praxis shows me
 * (named ones; anonymous ones never while held back), and the answers I gave with my name —
 * never an anonymous one, which keeps nothing that ties it to me. Both are for the record: an
 * import lists each as left out with its reason (decision 0056).
 */
describe.each(databaseKinds())('what I share with others in the Praxis archive, on %s', (kind) => {
  const server = serverFor(kind);

  const ok = async (answer: Promise<{ status: number; body: any }>, status = 201) => {
    const { status: got, body } = await answer;
    expect(got, JSON.stringify(body)).toBe(status);
    return body;
  };
  const ask = async (from: Person, to: Person[], anonymousAllowed: boolean) =>
    (
      await ok(
        from.client.post('/api/feedback/requests', {
          question: `What should I keep doing? (${to.length})`,
          anonymousAllowed,
          recipients: to.map((p) => ({ userId: p.user.id })),
        }),
      )
    ).id as string;
  const answer = (by: Person, requestId: string, words: string, anonymous: boolean) =>
    ok(by.client.post(`/api/feedback/requests/${requestId}/answers`, { ...sbi(words), anonymous }));

  /** Ana, Ben and Dan in Ana's organization. */
  const lab = async () => {
    const [ana, ben, dan] = [
      await signedInClient(server(), 'Ana'),
      await signedInClient(server(), 'Ben'),
      await signedInClient(server(), 'Dan'),
    ];
    const orgId = (await ok(ana.client.post('/api/orgs', { name: 'Lab' }))).id as string;
    await joinOrg(ana, orgId, ben);
    await joinOrg(ana, orgId, dan);
    return { ana, ben, dan, orgId };
  };

  it('holds what I asked with the answers I may see, and what I gave with my name', async () => {
    const { ana, ben, dan } = await lab();

    const named = await ask(ana, [ben], false);
    await answer(ben, named, 'Ben, named', false);
    const open = await ask(ana, [ben, dan], true);
    await answer(ben, open, 'held back from Ana', true);
    await ok(ana.client.post(`/api/feedback/requests/${open}/close`), 200);
    const dans = await ask(dan, [ana], true);
    await answer(ana, dans, 'Ana to Dan, named', false);
    const dansOther = await ask(dan, [ana], true);
    await answer(ana, dansOther, 'Ana to Dan, anonymous', true);

    const archive = (await ana.client.get('/api/export?format=json')).body;
    const text = JSON.stringify(archive);
    expect(archive.feedbackRequests).toEqual([
      expect.objectContaining({
        id: named,
        anonymousAllowed: false,
        recipientCount: 1,
        answerCount: 1,
        answers: [
          expect.objectContaining({
            anonymous: false,
            giverName: 'Ben',
            via: 'colleague',
            situation: 'In the planning meeting (Ben, named)',
          }),
        ],
      }),
      // Closed with one anonymous answer of the three it needs: nothing of it shows.
      expect.objectContaining({ id: open, closedAt: expect.any(String), answers: [] }),
    ]);
    expect(text).not.toContain('held back from Ana');
    expect(archive.feedbackGiven).toEqual([
      {
        id: expect.any(String),
        requestId: dans,
        requesterName: 'Dan',
        question: 'What should I keep doing? (1)',
        ...sbi('Ana to Dan, named'),
        answeredAt: expect.any(String),
      },
    ]);
    expect(text).not.toContain('Ana to Dan, anonymous');

    // Ben's archive holds his named answer; his anonymous one is in no archive of his.
    const bens = (await ben.client.get('/api/export?format=json')).body;
    expect(bens.feedbackGiven.map((a: { requestId: string }) => a.requestId)).toEqual([named]);
    expect(bens.feedbackRequests).toEqual([]);

    const fresh = await signedInClient(server(), 'Ana');
    const summary = await imported(fresh.client, 'praxis', 'archive.json', text);
    expect(summary).toMatchObject({ status: 'done', rejectedCount: 3 });
    expect(summary.rejected).toEqual([
      { item: 'feedbackRequests[0]', reason: REQUEST_REASON },
      { item: 'feedbackRequests[1]', reason: REQUEST_REASON },
      { item: 'feedbackGiven[0]', reason: GIVEN_REASON },
    ]);
    expect((await fresh.client.get('/api/feedback/requests')).body.items).toEqual([]);
  });

  it('holds the 1:1 spaces and delegation agreements I am in, whole, and never others’', async () => {
    const { ana, ben, dan, orgId } = await lab();
    const space = await ok(
      ana.client.post('/api/one-on-ones', { orgId, colleagueId: ben.user.id, title: 'Ana & Ben' }),
    );
    await ok(ben.client.post(`/api/one-on-ones/${space.id}/topics`, { title: 'Hiring plan' }));
    await ok(
      dan.client.post('/api/one-on-ones', { orgId, colleagueId: ben.user.id, title: 'Not Ana’s' }),
    );
    await ok(
      ana.client.post('/api/delegation', {
        orgId,
        colleagueId: dan.user.id,
        myRole: 'leader',
        areas: [{ title: 'Budget up to 5k' }],
      }),
    );

    const archive = (await ana.client.get('/api/export?format=json')).body;
    expect(archive.oneOnOnes).toEqual([
      expect.objectContaining({
        id: space.id,
        title: 'Ana & Ben',
        topics: [expect.objectContaining({ title: 'Hiring plan' })],
      }),
    ]);
    expect(JSON.stringify(archive)).not.toContain('Not Ana’s');
    expect(archive.delegationAgreements).toEqual([
      expect.objectContaining({ areas: [expect.objectContaining({ title: 'Budget up to 5k' })] }),
    ]);
    expect((await ben.client.get('/api/export?format=json')).body.delegationAgreements).toEqual([]);

    const fresh = await signedInClient(server(), 'Ana');
    const summary = await imported(fresh.client, 'praxis', 'archive.json', JSON.stringify(archive));
    expect(summary.rejected.map((r: { item: string }) => r.item)).toEqual([
      'oneOnOnes[0]',
      'delegationAgreements[0]',
    ]);
    expect((await fresh.client.get('/api/one-on-ones')).body.items).toEqual([]);
    expect((await fresh.client.get('/api/delegation')).body.items).toEqual([]);
  });
});
