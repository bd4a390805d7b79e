import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../core/password-policy';
import { isTimeZone } from '../core/time-zone';
import { Timestamp } from './common';

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address.' }));

export const Password = z
  .string()
  .max(PASSWORD_MAX_LENGTH * 4)
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem === 'too_short') {
      ctx.addIssue({
        code: 'custom',
        params: { reason: problem },
        message: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
      });
    } else if (problem === 'too_long') {
      ctx.addIssue({
        code: 'custom',
        params: { reason: problem },
        message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
      });
    }
  })
  .describe(`${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters, any Unicode`);

export const DisplayName = z
  .string()
  .trim()
  .min(1, { message: 'Tell us what to call you.' })
  .max(100, { message: 'Use at most 100 characters.' });

export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: 'Choose a time zone from the list.' })
  .describe('IANA time zone, e.g. Europe/Berlin');

export const RegisterBody = z.object({
  email: Email,
  password: Password,
  name: DisplayName,
  timeZone: TimeZone.optional(),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

export const LoginBody = z.object({
  email: z.string().max(254),
  // Checked against the stored hash only; any length up to the cap is accepted here.
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    timeZone: z.string(),
    onboarding: z
      .enum(['pending', 'done', 'skipped'])
      .describe(
        'The first-visit guide (purpose, values, a first aspiration): finished, skipped, or not yet',
      ),
    createdAt: Timestamp,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserEnvelope = z.object({ user: User });

export const UpdateProfileBody = z
  .object({
    name: DisplayName.optional(),
    timeZone: TimeZone.optional(),
    onboarding: z.enum(['done', 'skipped']).optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: 'Send a name, a time zone or an onboarding state to change.',
  });
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const DeleteAccountBody = z.object({
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});
export type DeleteAccountBody = z.infer<typeof DeleteAccountBody>;

export const CsrfToken = z.object({ token: z.string() });

/** What an access token may do: `read` only reads (GET); `read-write` does what its owner may. */
export const TokenScope = z.enum(['read', 'read-write']);
export type TokenScope = z.infer<typeof TokenScope>;

/** The lifetime a new token gets unless another is chosen. */
export const DEFAULT_TOKEN_DAYS = 90;
/** The longest lifetime a token can be given in days; longer means choosing "never". */
export const MAX_TOKEN_DAYS = 365;

export const CreateTokenBody = z.object({
  name: z.string().trim().min(1, { message: 'Name the token.' }).max(100),
  scope: TokenScope.default('read-write'),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(MAX_TOKEN_DAYS)
    .nullable()
    .default(DEFAULT_TOKEN_DAYS)
    .describe(`Days until the token expires (default ${DEFAULT_TOKEN_DAYS}); null: never`),
});
export type CreateTokenBody = z.input<typeof CreateTokenBody>;

export const AccessToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to recognise it'),
    scope: TokenScope,
    createdAt: Timestamp,
    expiresAt: Timestamp.nullable().describe('Null: never expires'),
    lastUsedAt: Timestamp.nullable(),
  })
  .meta({ id: 'AccessToken' });
export type AccessToken = z.infer<typeof AccessToken>;

export const CreatedToken = z.object({
  id: z.string(),
  token: z.string().describe('Shown once; store it now'),
  name: z.string(),
  prefix: z.string(),
  scope: TokenScope,
  createdAt: Timestamp,
  expiresAt: Timestamp.nullable(),
});
export type CreatedToken = z.infer<typeof CreatedToken>;
