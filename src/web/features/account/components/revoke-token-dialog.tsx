import { useTranslation } from '../../../lib/use-translation';
import type { AccessToken } from '../../../../contracts/accounts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { useRevokeToken } from '../api';

/** Asks before revoking a token, since whatever uses it stops working at once. */
export function RevokeTokenDialog({
  token,
  open,
  onClose,
  returnFocus,
}: {
  token: AccessToken | null;
  open: boolean;
  onClose: () => void;
  /** Where focus goes after a revoke, since the row's button is gone by then. */
  returnFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const revoke = useRevokeToken();

  const close = () => {
    revoke.reset();
    onClose();
  };

  return (
    <ConfirmDialog
      open={open && token !== null}
      onClose={close}
      title={t('account.tokens.revokeTitle', { name: token?.name ?? '' })}
      description={t('account.tokens.revokeDescription')}
      confirmLabel={t('account.tokens.revokeConfirm')}
      pending={revoke.isPending}
      error={revoke.error}
      returnFocus={returnFocus}
      onConfirm={() => {
        if (!token) return;
        revoke.mutate(token.id, {
          onSuccess: () => {
            close();
            toast(t('account.tokens.revoked', { name: token.name }));
          },
        });
      }}
    />
  );
}
