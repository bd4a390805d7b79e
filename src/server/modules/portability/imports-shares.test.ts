import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../../test-support/databases';
import { serverFor } from '../../../../test-support/fixtures';
import { joinOrg } from '../../../../test-support/org-matrix';
import { imported } from '../../../../test-support/portability';
import { signedInClient } from '../../../../test-support/server';

const SHARE_REASON = 'Shares are not restored by an import; share the item again.';

/**
 * Restoring one's archive into a fresh account never shares anything: a share is the owner's
 * own act, so even where the person and the organization it named exist (the same server()), the
 * import lists each share as left out and shares nothing (decisions 0027, 0042).
 */
describe.each(databaseKinds())('shares in an imported archive, on %s', (kind) => {
  const server = serverFor(kind);

  it('are not restored, even to people who exist; the summary lists each with the reason', async () => {
    const ana = await signedInClient(server(), 'Ana');
    const ben = await signedInClient(server(), 'Ben');
    const fresh = await signedInClient(server(), 'Ana');
    const orgId = (await ana.client.post('/api/orgs', { name: 'Lab' })).body.id as string;
    await joinOrg(ana, orgId, ben);
    await joinOrg(ana, orgId, fresh);
    const reflection = await ana.client.post('/api/reflections', {
      kind: 'free',
      body: 'Only for Ben and the Lab.',
    });
    for (const target of [{ userId: ben.user.id }, { orgId }]) {
      const shared = await ana.client.post('/api/shares', {
        itemType: 'reflection',
        itemId: reflection.body.id,
        with: target,
      });
      expect(shared.status).toBe(201);
    }
    const archive = (await ana.client.get('/api/export?format=json')).body;
    expect(archive.shares).toHaveLength(2);

    const summary = await imported(fresh.client, 'praxis', 'archive.json', JSON.stringify(archive));
    expect(summary).toMatchObject({ status: 'done', rejectedCount: 2 });
    expect(summary.rejected).toEqual([
      { item: 'shares[0]', reason: SHARE_REASON },
      { item: 'shares[1]', reason: SHARE_REASON },
    ]);
    // The reflection came; nothing of the new account is shared with anyone.
    const { items } = (await fresh.client.get('/api/reflections')).body;
    expect(items.map((r: { body: string }) => r.body)).toEqual(['Only for Ben and the Lab.']);
    expect((await fresh.client.get('/api/shares')).body.items).toEqual([]);
    const withBen = (await ben.client.get('/api/shared-with-me')).body.items;
    expect(withBen).toHaveLength(1);
    expect((await ben.client.get(`/api/shared/reflection/${items[0].id}`)).status).toBe(404);
  });
});
