import { Email } from '../../../contracts/accounts';
import type { CreatedFeedbackRequest } from '../../../contracts/feedback';
import type { Colleague } from '../../lib/colleagues';

/**
 * The email list after adding one typed address: trimmed and lower-cased, kept once; null when
 * the text is not an email address.
 *
 * @example withEmail(['ana@example.com'], ' Bea@Example.com ') // ['ana@example.com', 'bea@example.com']
 */
export function withEmail(emails: readonly string[], text: string): string[] | null {
  const parsed = Email.safeParse(text.trim());
  if (!parsed.success) return null;
  const email = parsed.data.toLowerCase();
  return emails.includes(email) ? [...emails] : [...emails, email];
}

/** Whom an answer link is for, in words: the colleague's name, or the email address. */
export function recipientName(
  recipient: CreatedFeedbackRequest['links'][number]['recipient'],
  colleagues: readonly Colleague[],
): string {
  if ('email' in recipient) return recipient.email;
  return colleagues.find((person) => person.id === recipient.userId)?.name ?? recipient.userId;
}

/** Whether a request still takes answers at `now`. */
export function isOpen(request: { expiresAt: string }, now: Date): boolean {
  return new Date(request.expiresAt).getTime() > now.getTime();
}
