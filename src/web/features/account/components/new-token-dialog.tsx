import { useTranslation } from '../../../lib/use-translation';
import type { CreatedToken } from '../../../../contracts/accounts';
import { onDismiss } from '../../../components/patterns/on-dismiss';
import { Button } from '../../../components/ui/button';
import { CopyValue } from '../../../components/ui/copy-value';
import { Dialog, DialogActions } from '../../../components/ui/dialog';

/** Shows a freshly created token once, with a copy button; it cannot be seen again. */
export function NewTokenDialog({
  token,
  open,
  onClose,
}: {
  token: CreatedToken | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open && token !== null}
      onOpenChange={onDismiss(onClose)}
      title={t('account.tokens.newTitle')}
      description={t('account.tokens.newDescription')}
    >
      {token ? (
        // Keyed by the token, so a new one starts as not yet copied.
        <CopyValue
          key={token.id}
          label={t('account.tokens.newLabel', { name: token.name })}
          value={token.token}
          words={{
            copy: t('account.tokens.copy'),
            copied: t('account.tokens.copied'),
            copiedStatus: t('account.tokens.copiedStatus'),
            copyFailed: t('account.tokens.copyFailed'),
          }}
        />
      ) : null}
      <DialogActions>
        <Button variant="primary" onClick={onClose}>
          {t('account.tokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
