import { type Migration, Migrator } from 'kysely';
import type { Db } from './database';
import * as accounts from './migrations/0001-accounts';
import * as vision from './migrations/0002-vision';
import * as reflections from './migrations/0003-reflections';
import * as practices from './migrations/0004-practices';
import * as learningReviewsBeliefs from './migrations/0005-learning-reviews-beliefs';
import * as organizations from './migrations/0006-organizations';
import * as sharing from './migrations/0007-sharing';
import * as feedback from './migrations/0008-feedback';
import * as teamVision from './migrations/0009-team-vision';
import * as afterActionReviews from './migrations/0010-after-action-reviews';
import * as delegation from './migrations/0011-delegation';
import * as oneOnOnes from './migrations/0012-one-on-ones';
import * as feedbackAnonymity from './migrations/0013-feedback-anonymity';
import * as membership from './migrations/0014-membership';
import * as accessLogReaders from './migrations/0015-access-log-readers';
import * as accountSecurity from './migrations/0016-account-security';
import * as deletion from './migrations/0017-deletion';
import * as programs from './migrations/0018-programs';
import * as library from './migrations/0019-library';
import * as statistics from './migrations/0020-statistics';
import * as inbox from './migrations/0021-inbox';
import * as mail from './migrations/0022-mail';
import * as proposalBaseVersion from './migrations/0023-proposal-base-version';
import * as imports from './migrations/0024-imports';
import * as inboxMail from './migrations/0025-inbox-mail';
import * as reminders from './migrations/0026-reminders';
import * as mailedFeedbackLinks from './migrations/0027-mailed-feedback-links';
import * as performanceIndexes from './migrations/0028-performance-indexes';
import * as searchDocuments from './migrations/0029-search-documents';
import * as importUploads from './migrations/0033-import-uploads';
import * as searchByOwner from './migrations/0034-search-by-owner';
import * as searchVocabulary from './migrations/0044-search-vocabulary';
import * as searchOwnerRanges from './migrations/0045-search-owner-ranges';
import * as searchWordCounts from './migrations/0046-search-word-counts';
import * as moodByDate from './migrations/0047-mood-by-date';
import * as dashboardIndexes from './migrations/0035-dashboard-indexes';
import * as orgCrisisResources from './migrations/0036-org-crisis-resources';
import * as importAttempts from './migrations/0037-import-attempts';
import * as oneOnOneMeetings from './migrations/0038-one-on-one-meetings';
import * as checkInSummaries from './migrations/0042-check-in-summaries';
import * as keptDashboards from './migrations/0043-kept-dashboards';
import * as statisticsLearningThemes from './migrations/0039-statistics-learning-themes';
import * as statisticsSummary from './migrations/0040-statistics-summary';

/**
 * The one forward-only migration set, in order. Append new files; never edit or remove a
 * shipped one (a database that ran it would never run the edit). No `down`: data is not lost
 * by rolling back.
 */
const migrations: Record<string, Migration> = {
  '0001-accounts': accounts,
  '0002-vision': vision,
  '0003-reflections': reflections,
  '0004-practices': practices,
  '0005-learning-reviews-beliefs': learningReviewsBeliefs,
  '0006-organizations': organizations,
  '0007-sharing': sharing,
  '0008-feedback': feedback,
  '0009-team-vision': teamVision,
  '0010-after-action-reviews': afterActionReviews,
  '0011-delegation': delegation,
  '0012-one-on-ones': oneOnOnes,
  '0013-feedback-anonymity': feedbackAnonymity,
  '0014-membership': membership,
  '0015-access-log-readers': accessLogReaders,
  '0016-account-security': accountSecurity,
  '0017-deletion': deletion,
  '0018-programs': programs,
  '0019-library': library,
  '0020-statistics': statistics,
  '0021-inbox': inbox,
  '0022-mail': mail,
  '0023-proposal-base-version': proposalBaseVersion,
  '0024-imports': imports,
  '0025-inbox-mail': inboxMail,
  '0026-reminders': reminders,
  '0027-mailed-feedback-links': mailedFeedbackLinks,
  '0028-performance-indexes': performanceIndexes,
  '0029-search-documents': searchDocuments,
  '0033-import-uploads': importUploads,
  '0034-search-by-owner': searchByOwner,
  '0035-dashboard-indexes': dashboardIndexes,
  '0036-org-crisis-resources': orgCrisisResources,
  '0037-import-attempts': importAttempts,
  '0038-one-on-one-meetings': oneOnOneMeetings,
  '0039-statistics-learning-themes': statisticsLearningThemes,
  '0040-statistics-summary': statisticsSummary,
  '0042-check-in-summaries': checkInSummaries,
  '0043-kept-dashboards': keptDashboards,
  '0044-search-vocabulary': searchVocabulary,
  '0045-search-owner-ranges': searchOwnerRanges,
  '0046-search-word-counts': searchWordCounts,
  '0047-mood-by-date': moodByDate,
};

/** Brings a database to the latest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const where = failed ? ` in migration ${failed.migrationName}` : '';
    throw new Error(`Database migration failed${where}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return (results ?? []).map((r) => r.migrationName);
}

export const migrationNames = Object.keys(migrations);
