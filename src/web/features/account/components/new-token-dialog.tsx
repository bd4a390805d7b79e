import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedToken } from '../../../../contracts/accounts';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { useToast } from '../../../components/ui/toast';

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
  const toast = useToast();
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const copied = token !== null && copiedId === token.id;

  const copy = async () => {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token.token);
      setCopiedId(token.id);
    } catch {
      toast({ title: t('account.tokens.copyFailed'), tone: 'info' });
    }
  };

  return (
    <Dialog
      open={open && token !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('account.tokens.newTitle')}
      description={t('account.tokens.newDescription')}
    >
      {token ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm font-medium text-ink">
            {t('account.tokens.newLabel', { name: token.name })}
          </p>
          <code
            data-testid="new-token"
            className="block rounded-lg border border-line bg-sunken px-3 py-2.5 font-mono text-sm break-all text-ink select-all"
          >
            {token.token}
          </code>
          <div>
            <Button
              size="sm"
              icon={
                copied ? (
                  <Check aria-hidden className="size-4 text-accent" />
                ) : (
                  <Copy aria-hidden className="size-4" />
                )
              }
              onClick={() => void copy()}
            >
              {copied ? t('account.tokens.copied') : t('account.tokens.copy')}
            </Button>
            <span role="status" className="sr-only">
              {copied ? t('account.tokens.copiedStatus') : ''}
            </span>
          </div>
        </div>
      ) : null}
      <DialogActions>
        <Button variant="primary" onClick={onClose}>
          {t('account.tokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
