import { z } from 'zod';
import { Password } from './accounts';

/** What the web app needs to know of the server's set-up: whether it sends mail. */
export const AuthConfig = z.object({
  mail: z.boolean().describe('Whether mail is configured: password reset, verification, notices'),
});
export type AuthConfig = z.infer<typeof AuthConfig>;

export const PasswordResetRequestBody = z.object({
  email: z.string().trim().max(254),
});
export type PasswordResetRequestBody = z.infer<typeof PasswordResetRequestBody>;

export const PasswordResetBody = z.object({ password: Password });
export type PasswordResetBody = z.infer<typeof PasswordResetBody>;

/** A token from a mail link: URL-safe, bounded. */
export const MailTokenParams = z.object({
  token: z
    .string()
    .min(1)
    .max(512)
    .regex(/^[A-Za-z0-9_.-]+$/, 'not a token'),
});

/** The same answer whether or not the address has an account, or is taken. */
export const CheckYourMail = z.object({ status: z.literal('check_your_mail') });

/** A password set through a reset link: every session ended; sign in with the new one. */
export const PasswordChanged = z.object({ status: z.literal('password_changed') });
