import type { ConsentBody } from '../../../contracts/dashboard';
import type { Db } from '../../db/database';
import { refreshContributor } from '../../db/statistics-summary';
import { nowIso } from '../../lib/time';
import { requireOrgMember } from './queries';

/**
 * My own choice to contribute to an organization's anonymous statistics, or to stop. The atoms'
 * summary moves my kept weeks in or out in the same transaction, so stopping takes me out of
 * every figure at once.
 */
export async function setConsent(db: Db, orgId: string, userId: string, body: ConsentBody) {
  await requireOrgMember(db, orgId, userId);
  const row = {
    orgId,
    userId,
    contribute: body.contributeStatistics ? 1 : 0,
    decidedAt: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('statisticsConsents')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['orgId', 'userId'])
          .doUpdateSet({ contribute: row.contribute, decidedAt: row.decidedAt }),
      )
      .execute();
    await refreshContributor(trx, userId);
  });
}
