import { Email } from '../../../contracts/accounts';

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

/** Whether a request still takes answers at `now`: not closed by its requester, nor past its date. */
export function isOpen(
  request: { expiresAt: string; closedAt: string | null },
  now: Date,
): boolean {
  return request.closedAt === null && new Date(request.expiresAt).getTime() > now.getTime();
}
