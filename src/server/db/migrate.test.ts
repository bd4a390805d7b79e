import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../test-support/databases';
import { migrateToLatest, migrationNames } from './migrate';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  it('bring an empty database to the latest schema, and a second run changes nothing', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    expect(await migrateToLatest(database.db)).toEqual(migrationNames);
    expect(await migrateToLatest(database.db)).toEqual([]);
    const tables = (await database.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'users',
        'sessions',
        'access_tokens',
        'purpose_revisions',
        'personal_values',
        'aspirations',
        'vision_revisions',
        'reality_assessments',
        'action_steps',
        'team_outcomes',
        'team_outcome_links',
        'after_action_reviews',
        'aar_action_items',
      ]),
    );
  });

  it('keep data across a re-run and cascade a person’s rows when they are deleted', async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    const now = new Date().toISOString();
    await db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'a@example.com',
        name: 'A',
        passwordHash: 'h',
        timeZone: 'UTC',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('sessions')
      .values({
        id: 's1',
        userId: 'u1',
        createdAt: now,
        lastSeenAt: now,
        expiresAt: now,
        userAgent: null,
      })
      .execute();
    await migrateToLatest(db);
    expect(await db.selectFrom('users').select('id').execute()).toEqual([{ id: 'u1' }]);
    await db.deleteFrom('users').where('id', '=', 'u1').execute();
    expect(await db.selectFrom('sessions').select('id').execute()).toEqual([]);
  });

  it('refuse a second account with the same email', async () => {
    database = await createTestDatabase(kind);
    const now = new Date().toISOString();
    const row = {
      email: 'same@example.com',
      name: 'A',
      passwordHash: 'h',
      timeZone: 'UTC',
      createdAt: now,
      updatedAt: now,
    };
    await database.db
      .insertInto('users')
      .values({ ...row, id: 'u1' })
      .execute();
    await expect(
      database.db
        .insertInto('users')
        .values({ ...row, id: 'u2' })
        .execute(),
    ).rejects.toThrow();
  });

  it('keep team content with the team: links go with the aspiration or its author, reviews with the team', async () => {
    database = await createTestDatabase(kind);
    const { db } = database;
    const now = new Date().toISOString();
    const user = (id: string) => ({
      id,
      email: `${id}@example.com`,
      name: id,
      passwordHash: 'h',
      timeZone: 'UTC',
      createdAt: now,
      updatedAt: now,
    });
    await db
      .insertInto('users')
      .values([user('u1'), user('u2')])
      .execute();
    await db
      .insertInto('orgs')
      .values({ id: 'o1', name: 'Lab', minGroupSize: 5, createdAt: now, updatedAt: now })
      .execute();
    await db
      .insertInto('teams')
      .values({ id: 't1', orgId: 'o1', name: 'Ops', vision: '', createdAt: now, updatedAt: now })
      .execute();
    const team = await db
      .selectFrom('teams')
      .select(['membersMayEditVision', 'visionUpdatedAt'])
      .executeTakeFirstOrThrow();
    expect(team).toEqual({ membersMayEditVision: 0, visionUpdatedAt: null });
    await db
      .insertInto('aspirations')
      .values(
        ['a1', 'a2'].map((id, i) => ({
          id,
          userId: `u${i + 1}`,
          title: id,
          domain: 'career',
          vision: 'v',
          visionLevel: 5,
          status: 'active' as const,
          statusNote: null,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    await db
      .insertInto('teamOutcomes')
      .values({
        id: 'oc1',
        teamId: 't1',
        title: 'Fewer incidents',
        description: '',
        position: 0,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('teamOutcomeLinks')
      .values([
        { outcomeId: 'oc1', aspirationId: 'a1', userId: 'u1', createdAt: now },
        { outcomeId: 'oc1', aspirationId: 'a2', userId: 'u2', createdAt: now },
      ])
      .execute();
    await expect(
      db
        .insertInto('teamOutcomeLinks')
        .values({ outcomeId: 'oc1', aspirationId: 'a1', userId: 'u1', createdAt: now })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('afterActionReviews')
      .values({
        id: 'r1',
        teamId: 't1',
        title: 'Launch',
        date: '2026-01-05',
        expected: '',
        happened: '',
        whyDifferent: '',
        nextTime: '',
        createdBy: 'u2',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('aarActionItems')
      .values({
        id: 'i1',
        reviewId: 'r1',
        text: 'Write the runbook',
        ownerId: 'u2',
        doneAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();

    await db.deleteFrom('aspirations').where('id', '=', 'a1').execute();
    expect(await db.selectFrom('teamOutcomeLinks').select('aspirationId').execute()).toEqual([
      { aspirationId: 'a2' },
    ]);
    await db
      .updateTable('teams')
      .set({ visionUpdatedBy: 'u2', visionUpdatedAt: now })
      .where('id', '=', 't1')
      .execute();
    await db.deleteFrom('users').where('id', '=', 'u2').execute();
    expect(await db.selectFrom('teams').select('visionUpdatedBy').execute()).toEqual([
      { visionUpdatedBy: null },
    ]);
    expect(await db.selectFrom('teamOutcomeLinks').select('aspirationId').execute()).toEqual([]);
    expect(await db.selectFrom('afterActionReviews').select('createdBy').execute()).toEqual([
      { createdBy: null },
    ]);
    expect(await db.selectFrom('aarActionItems').select('ownerId').execute()).toEqual([
      { ownerId: null },
    ]);
    await db.deleteFrom('teams').where('id', '=', 't1').execute();
    expect(await db.selectFrom('teamOutcomes').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('afterActionReviews').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('aarActionItems').select('id').execute()).toEqual([]);
  });
});
