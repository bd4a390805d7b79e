import { useTranslation } from 'react-i18next';
import type { AccessToken } from '../../../../contracts/accounts';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
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
    <Dialog
      open={open && token !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={t('account.tokens.revokeTitle', { name: token?.name ?? '' })}
      description={t('account.tokens.revokeDescription')}
      returnFocus={returnFocus}
    >
      {revoke.isError ? <FormAlert>{describeError(revoke.error, t)}</FormAlert> : null}
      <DialogActions>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button
          variant="danger-quiet"
          loading={revoke.isPending}
          onClick={() => {
            if (!token) return;
            revoke.mutate(token.id, {
              onSuccess: () => {
                close();
                toast(t('account.tokens.revoked', { name: token.name }));
              },
            });
          }}
        >
          {t('account.tokens.revokeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
