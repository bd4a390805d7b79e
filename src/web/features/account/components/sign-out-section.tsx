import { LogOut } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { describeError } from '../../../lib/form-errors';
import { useSignOut } from '../../../lib/session';

/** Signing out on this device. */
export function SignOutSection() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Card title={t('account.signOut.title')} description={t('account.signOut.description')}>
      <div className="flex flex-col items-start gap-4">
        {signOut.isError ? <FormAlert>{describeError(signOut.error, t)}</FormAlert> : null}
        <Button
          loading={signOut.isPending}
          icon={<LogOut aria-hidden className="size-4" />}
          onClick={() => signOut.mutate()}
        >
          {t('account.signOut.submit')}
        </Button>
      </div>
    </Card>
  );
}
