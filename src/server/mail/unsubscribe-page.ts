import type { UnsubscribeInfo } from '../../contracts/notifications';
import { escapeHtml } from './templates';

/**
 * The small page a person sees on opening an unsubscribe link from a mail: it says what the link
 * turns off and asks them to confirm with a button (a POST to the same address), because opening
 * a link — which mail scanners do too — must change nothing. After the POST it says it is done.
 * Rendered by the server in the web app's look (`/mail-page.css`; the CSP allows no inline
 * style), with no script but the theme's.
 */

/** What each kind of mail is, in plain words, as "mail …". */
const WHAT: Record<UnsubscribeInfo['kind'], string> = {
  feedback_requested: 'mail when someone asks you for feedback',
  shared_with_me: 'mail when something is shared with you',
  invitation: 'mail when you are invited to an organization',
  delegation_turn: 'mail when it is your turn in delegation poker',
  one_on_one_topic: 'mail about new topics and actions in your 1:1 spaces',
  action_item_assigned: 'mail when an action item is assigned to you',
  program_update: 'mail about program sessions and freed seats',
  reminder: 'reminders of your practices, daily reflection and weekly review',
  account:
    'mail about your account: notices of sign-ups with this address and password reset links',
  digest: 'the daily digest',
  feedback_link: 'requests for feedback sent to this address by people using Praxis',
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Praxis</title>
<link rel="stylesheet" href="/mail-page.css">
<script src="/theme-init.js"></script>
</head>
<body>
<main>
<p class="brand">Praxis</p>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** The page that asks to confirm, or says it is done. */
export function unsubscribePage(info: UnsubscribeInfo, action: string): string {
  const what = WHAT[info.kind];
  const changeLater =
    info.kind === 'account' || info.kind === 'feedback_link'
      ? ''
      : '<p>You can change this at any time in your <a href="/account">account</a>.</p>';
  if (info.done) {
    return page(
      'You are unsubscribed',
      `<p role="status">You will get no more ${escapeHtml(what)}.</p>\n${changeLater}`,
    );
  }
  return page(
    'Unsubscribe from this mail?',
    `<p>This stops ${escapeHtml(what)}.</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button>
</form>`,
  );
}

/** The page of a link that is not (or no longer) genuine. */
export function invalidUnsubscribePage(): string {
  return page(
    'This link does not work',
    '<p>This unsubscribe link is not valid. Open the link from the latest mail you received.</p>',
  );
}
