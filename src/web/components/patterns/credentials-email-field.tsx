import type { ComponentProps } from 'react';
import { TextField } from '../ui/text-field';

/**
 * An e-mail address field: the e-mail keyboard, no spell checking, at most 254 characters,
 * required. `autoComplete` is "email" unless given (an invitation's address is someone else's).
 */
export function CredentialsEmailField(
  props: Omit<ComponentProps<typeof TextField>, 'type' | 'name'> & { name?: string },
) {
  return (
    <TextField
      name="email"
      type="email"
      autoComplete="email"
      inputMode="email"
      spellCheck={false}
      maxLength={254}
      required
      {...props}
    />
  );
}
