/**
 * Password rules after OWASP ASVS 2.1: length is what matters, every Unicode character is
 * allowed, nothing is truncated, and no composition rules are imposed.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length in Unicode code points, so an emoji or an accented letter counts once. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

export type PasswordProblem = 'too_short' | 'too_long';

/** Returns what is wrong with a password, or null when it is acceptable. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  return null;
}

/**
 * The exact string that is hashed: NFC-normalized so that the same password typed on two
 * keyboards that compose accents differently still matches. Never shortened.
 */
export function canonicalPassword(password: string): string {
  return password.normalize('NFC');
}
