import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgDetail } from '../../../contracts/orgs';
import type { SharedItemSummary } from '../../../contracts/sharing';
import { groupByOwner, readWhen, shareTargetsFrom, sharesOfItem } from './sharing-view';

const member = (userId: string, name: string) => ({
  userId,
  name,
  email: null,
  role: 'member' as const,
  joinedAt: '2026-01-01T00:00:00Z',
});

const org = (id: string, name: string, members: OrgDetail['members'], teams: string[] = []) =>
  ({
    id,
    name,
    role: 'member',
    minGroupSize: 5,
    createdAt: '2026-01-01T00:00:00Z',
    members,
    teams: teams.map((team) => ({
      id: `${id}-${team}`,
      name: team,
      memberCount: 2,
      openToJoin: false,
      myRole: null,
    })),
  }) satisfies OrgDetail;

describe('sharing view', () => {
  it('offers each other person once, every team and every organization, by name', () => {
    const targets = shareTargetsFrom(
      [
        org(
          'lab',
          'Lab',
          [member('me', 'Me'), member('bea', 'Bea'), member('cai', 'Cai')],
          ['Ops'],
        ),
        org('guild', 'Guild', [member('me', 'Me'), member('bea', 'Bea')], ['Alpha']),
      ],
      'me',
    );
    expect(targets.people).toEqual([
      { id: 'bea', name: 'Bea', orgNames: ['Lab', 'Guild'] },
      { id: 'cai', name: 'Cai', orgNames: ['Lab'] },
    ]);
    expect(targets.teams.map((team) => `${team.name}/${team.orgName}`)).toEqual([
      'Alpha/Guild',
      'Ops/Lab',
    ]);
    expect(targets.orgs.map((o) => o.name)).toEqual(['Guild', 'Lab']);
    expect(shareTargetsFrom([], 'me')).toEqual({ people: [], teams: [], orgs: [] });
  });

  it('groups items shared with me by person, the latest sharer first', () => {
    const item = (owner: string, itemId: string, sharedAt: string): SharedItemSummary => ({
      itemType: 'aspiration',
      itemId,
      title: itemId,
      owner: { id: owner, name: owner.toUpperCase() },
      sharedAt,
    });
    const groups = groupByOwner([
      item('ana', 'a1', '2026-11-01T10:00:00Z'),
      item('bea', 'b1', '2026-11-03T10:00:00Z'),
      item('ana', 'a2', '2026-11-02T10:00:00Z'),
    ]);
    expect(groups.map((g) => [g.owner.name, g.items.map((i) => i.itemId)])).toEqual([
      ['BEA', ['b1']],
      ['ANA', ['a2', 'a1']],
    ]);
  });

  it('picks one item’s shares out of all mine', () => {
    const share = (id: string, itemType: 'aspiration' | 'belief', itemId: string) => ({
      id,
      itemType,
      itemId,
      with: { type: 'user' as const, id: 'bea', name: 'Bea' },
      createdAt: '2026-11-01T10:00:00Z',
    });
    const all = [
      share('1', 'aspiration', 'x'),
      share('2', 'belief', 'x'),
      share('3', 'aspiration', 'y'),
    ];
    expect(sharesOfItem(all, 'aspiration', 'x').map((s) => s.id)).toEqual(['1']);
  });

  it('says when a read happened in the reader’s own days', () => {
    const now = new Date('2026-11-19T12:00:00Z'); // a Thursday
    expect(readWhen('2026-11-19T08:00:00Z', now, 'UTC')).toEqual({ kind: 'today' });
    expect(readWhen('2026-11-18T23:30:00Z', now, 'UTC')).toEqual({ kind: 'yesterday' });
    // Late on the 18th in UTC is already the 19th in Tokyo.
    expect(readWhen('2026-11-18T23:30:00Z', now, 'Asia/Tokyo')).toEqual({ kind: 'today' });
    expect(readWhen('2026-11-17T09:00:00Z', now, 'UTC')).toEqual({
      kind: 'weekday',
      date: '2026-11-17',
    });
    expect(readWhen('2026-11-12T09:00:00Z', now, 'UTC')).toEqual({
      kind: 'date',
      date: '2026-11-12',
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), (hoursAgo) => {
        const at = new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
        const when = readWhen(at, now, 'Europe/Berlin');
        const order = ['today', 'yesterday', 'weekday', 'date'];
        const later = readWhen(
          new Date(now.getTime() - (hoursAgo + 24) * 3_600_000).toISOString(),
          now,
          'Europe/Berlin',
        );
        expect(order.indexOf(later.kind)).toBeGreaterThanOrEqual(order.indexOf(when.kind));
      }),
    );
  });
});
