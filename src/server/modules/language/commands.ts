import { cleanCrisisResources } from '../../../core/language/crisis-resources';
import type { Db } from '../../db/database';
import { nowIso } from '../../lib/time';
import { requireRole } from './queries';

/**
 * Sets an organization's own crisis resources (admins): cleaned Markdown, or none when it is
 * empty once cleaned, so that its members see the deployment's again.
 */
export async function setOrgCrisisResources(db: Db, orgId: string, userId: string, text: string) {
  await requireRole(db, orgId, userId, true);
  const clean = cleanCrisisResources(text);
  if (clean === '') {
    await db.deleteFrom('orgCrisisResources').where('orgId', '=', orgId).execute();
    return { text: null };
  }
  const values = { text: clean, updatedAt: nowIso() };
  await db
    .insertInto('orgCrisisResources')
    .values({ orgId, ...values })
    .onConflict((oc) => oc.column('orgId').doUpdateSet(values))
    .execute();
  return { text: clean };
}
