import type { ComponentProps } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { PASSWORD_MIN_LENGTH } from '../../../core/password-policy';
import { TextField } from '../ui/text-field';

/**
 * A required password field with Show/Hide. A `fresh` one is a new password: the browser may
 * suggest one, and the hint says how long it must be.
 */
export function PasswordField({
  fresh = false,
  ...props
}: Omit<ComponentProps<typeof TextField>, 'type'> & { name: string; fresh?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      type="password"
      autoComplete={fresh ? 'new-password' : 'current-password'}
      revealable
      required
      minLength={fresh ? PASSWORD_MIN_LENGTH : undefined}
      hint={fresh ? t('auth.fields.passwordHint', { min: PASSWORD_MIN_LENGTH }) : undefined}
      {...props}
    />
  );
}
