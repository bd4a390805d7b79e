/**
 * Mail templates: each renders a subject, a plain-text part and an HTML part from a few plain
 * values, every one of them escaped. No mail carries anyone else's personal text: only the
 * product's own words, the recipient's name, and titles that name people and kinds.
 */
export type RenderedMail = { subject: string; text: string; html: string };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to place in HTML text or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Block = { paragraph: string } | { button: { label: string; url: string } };

/** One mail from its parts: paragraphs and at most a button, then the footer with unsubscribe. */
function compose(subject: string, blocks: Block[], unsubscribeUrl: string): RenderedMail {
  const footer = `You get this mail from Praxis. To get no more mail of this kind: ${unsubscribeUrl}`;
  const text = [
    ...blocks.map((b) => ('paragraph' in b ? b.paragraph : `${b.button.label}: ${b.button.url}`)),
    '—',
    footer,
  ].join('\n\n');
  const body = blocks
    .map((b) =>
      'paragraph' in b
        ? `<p style="margin:0 0 16px">${escapeHtml(b.paragraph)}</p>`
        : `<p style="margin:0 0 16px"><a href="${escapeHtml(b.button.url)}" style="display:inline-block;padding:10px 16px;background:#2f5d50;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(b.button.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(b.button.url)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1d1d1b;max-width:560px;margin:0 auto;padding:24px">
${body}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
<p style="font-size:13px;color:#555">You get this mail from Praxis. <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe from this kind of mail</a>.</p>
</body></html>`;
  return { subject, text, html };
}

export function passwordResetMail(p: { name: string; url: string; unsubscribeUrl: string }) {
  return compose(
    'Reset your Praxis password',
    [
      { paragraph: `Hello ${p.name},` },
      {
        paragraph:
          'Someone asked to reset the password of your Praxis account. If it was you, choose a new password within the hour; the link works once. Every device signed in will be signed out.',
      },
      { button: { label: 'Choose a new password', url: p.url } },
      { paragraph: 'If it was not you, ignore this mail: your password stays as it is.' },
    ],
    p.unsubscribeUrl,
  );
}

export function verifyEmailMail(p: { name: string; url: string; unsubscribeUrl: string }) {
  return compose(
    'Confirm your address for Praxis',
    [
      { paragraph: `Hello ${p.name},` },
      {
        paragraph:
          'Confirm this address to finish making your Praxis account. The link works once, for 24 hours.',
      },
      { button: { label: 'Confirm my address', url: p.url } },
      { paragraph: 'If you did not sign up, ignore this mail: no account is made.' },
    ],
    p.unsubscribeUrl,
  );
}

export function addressTakenMail(p: {
  name: string;
  signInUrl: string;
  resetUrl: string;
  unsubscribeUrl: string;
}) {
  return compose(
    'Someone tried to sign up to Praxis with your address',
    [
      { paragraph: `Hello ${p.name},` },
      {
        paragraph:
          'Someone tried to make a Praxis account with this address, which already has one: yours. Nothing was changed.',
      },
      { button: { label: 'Sign in', url: p.signInUrl } },
      { paragraph: `Forgot your password? Reset it here: ${p.resetUrl}` },
    ],
    p.unsubscribeUrl,
  );
}

export function notificationMail(p: { title: string; url: string; unsubscribeUrl: string }) {
  return compose(
    p.title,
    [{ paragraph: p.title }, { button: { label: 'Open in Praxis', url: p.url } }],
    p.unsubscribeUrl,
  );
}

export function digestMail(p: { items: { title: string; url: string }[]; unsubscribeUrl: string }) {
  const count = p.items.length;
  return compose(
    count === 1 ? 'Your day in Praxis: 1 new item' : `Your day in Praxis: ${count} new items`,
    p.items.flatMap((item) => [{ button: { label: item.title, url: item.url } }]),
    p.unsubscribeUrl,
  );
}

/**
 * A feedback link to someone outside Praxis, mailed by the server itself: who asks and until
 * when, never the question (the link's page shows it to the one holding the link).
 */
export function feedbackLinkMail(p: {
  requesterName: string;
  url: string;
  expiresAt: string;
  anonymousAllowed: boolean;
  unsubscribeUrl: string;
}) {
  const until = p.expiresAt.slice(0, 10);
  return compose(
    `${p.requesterName} asked you for feedback`,
    [
      {
        paragraph: `${p.requesterName} asked you for feedback in Praxis, where they work on their own growth. The link opens their question; you need no account.`,
      },
      { button: { label: 'Give feedback', url: p.url } },
      {
        paragraph: p.anonymousAllowed
          ? `The link works once, until ${until}. You may answer with your name or without it: ${p.requesterName} never saw this link, and an answer without a name is shown only after the request closes, together with at least two others.`
          : `The link works once, until ${until}. Your answer carries the name you type.`,
      },
      { paragraph: 'If you do not know this person, ignore this mail.' },
    ],
    p.unsubscribeUrl,
  );
}
