import { Link } from 'react-router';
import { TaggedWords } from '../../../components/ui/tagged-words';

/** The line under the sign-in and sign-up cards that offers the other one. */
export function SwitchPrompt({
  i18nKey,
  to,
}: {
  i18nKey: 'auth.signIn.toSignUp' | 'auth.signUp.toSignIn' | 'mail.forgot.back';
  to: string;
}) {
  return (
    <p className="text-center text-[0.9375rem] text-ink-muted">
      <TaggedWords
        i18nKey={i18nKey}
        components={{
          action: (
            <Link
              to={to}
              className="rounded-sm font-medium text-accent-ink underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
            />
          ),
        }}
      />
    </p>
  );
}
