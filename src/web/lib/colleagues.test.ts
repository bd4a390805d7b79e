import { describe, expect, it } from 'vitest';
import type { OrgDetail } from '../../contracts/orgs';
import { colleaguesOf } from './colleagues';

const org = (id: string, people: [string, string][]): OrgDetail => ({
  id,
  name: id.toUpperCase(),
  role: 'member',
  minGroupSize: 5,
  createdAt: '2026-01-01T00:00:00Z',
  members: people.map(([userId, name]) => ({
    userId,
    name,
    email: null,
    role: 'member',
    joinedAt: '2026-01-01T00:00:00Z',
  })),
  teams: [],
});

describe('colleagues', () => {
  it('lists every other person once, by name, with the organizations we share', () => {
    const orgs = [
      org('lab', [
        ['me', 'Me'],
        ['cai', 'Cai'],
        ['bea', 'Bea'],
      ]),
      org('guild', [
        ['bea', 'Bea'],
        ['me', 'Me'],
      ]),
    ];
    expect(colleaguesOf(orgs, 'me')).toEqual([
      { id: 'bea', name: 'Bea', orgNames: ['LAB', 'GUILD'] },
      { id: 'cai', name: 'Cai', orgNames: ['LAB'] },
    ]);
    expect(colleaguesOf([org('solo', [['me', 'Me']])], 'me')).toEqual([]);
  });
});
