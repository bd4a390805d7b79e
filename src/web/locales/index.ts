import base from './en.json';
import delegation from './en/delegation.json';
import feedback from './en/feedback.json';
import learning from './en/learning.json';
import library from './en/library.json';
import oneOnOnes from './en/oneOnOnes.json';
import orgs from './en/orgs.json';
import programs from './en/programs.json';
import reactions from './en/reactions.json';
import sharing from './en/sharing.json';
import statistics from './en/statistics.json';
import teamLearning from './en/teamLearning.json';
import inbox from './en/inbox.json';
import mail from './en/mail.json';
import language from './en/language.json';
import portability from './en/portability.json';
import practiceWeek from './en/practiceWeek.json';
import reminders from './en/reminders.json';
import search from './en/search.json';

/**
 * The English text of the app: the shared words in `en.json` and, beside it, one file per
 * feature area under `en/`, so that features grow their words without touching one big file.
 */
export const en = {
  ...base,
  learning,
  library,
  reactions,
  orgs,
  sharing,
  feedback,
  delegation,
  oneOnOnes,
  teamLearning,
  programs,
  statistics,
  inbox,
  mail,
  language,
  portability,
  practiceWeek,
  reminders,
  search,
};
