import base from './en.json';
import account from './en/account.json';
import beliefs from './en/beliefs.json';
import delegation from './en/delegation.json';
import feedback from './en/feedback.json';
import inbox from './en/inbox.json';
import journal from './en/journal.json';
import learning from './en/learning.json';
import level from './en/level.json';
import library from './en/library.json';
import mail from './en/mail.json';
import oneOnOnes from './en/oneOnOnes.json';
import orgs from './en/orgs.json';
import portability from './en/portability.json';
import practiceWeek from './en/practiceWeek.json';
import practices from './en/practices.json';
import programs from './en/programs.json';
import reactions from './en/reactions.json';
import reminders from './en/reminders.json';
import review from './en/review.json';
import search from './en/search.json';
import sharing from './en/sharing.json';
import statistics from './en/statistics.json';
import tags from './en/tags.json';
import teamLearning from './en/teamLearning.json';
import vision from './en/vision.json';
import welcome from './en/welcome.json';

/**
 * The English text of the app. `en.json` holds the words the first pages draw before anything
 * else has loaded — sign in, Today, the app shell and its menus, errors — and only those: it is
 * in the first page's JavaScript (issue 16, budget 5; `lib/i18n.ts`). Every other word is in one
 * file per feature area under `en/`, loaded with the other pages; a feature with a few words on
 * a first page keeps them under its own name in `en.json`, merged here. `en/frontDoor.json` is
 * not here: the static front door's words, put into its HTML by the build
 * (`scripts/html-includes.ts`).
 */
export const en = {
  ...base,
  vision,
  journal,
  account,
  practices,
  review,
  beliefs,
  welcome,
  tags,
  level,
  learning,
  library,
  reactions,
  orgs,
  sharing,
  feedback,
  delegation,
  oneOnOnes,
  teamLearning,
  programs: { ...base.programs, ...programs },
  statistics,
  inbox: { ...base.inbox, ...inbox },
  mail: { ...base.mail, ...mail },
  portability,
  practiceWeek,
  reminders,
  search: { ...base.search, ...search },
};
