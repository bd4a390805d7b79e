import { useTranslation } from '../../../lib/use-translation';
import type { CreatedFeedbackRequest } from '../../../../contracts/feedback';
import { Button } from '../../../components/ui/button';
import { CopyValue } from '../../../components/ui/copy-value';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';

/**
 * The answer links of a new request, one per person asked by email, each with a copy button.
 * They are shown only now (the server keeps their hashes), so the dialog says so, and it says
 * that answers through them carry the name the person types. Colleagues asked have no link.
 */
export function LinksDialog({
  created,
  colleagueCount,
  open,
  onOpenChange,
}: {
  created: CreatedFeedbackRequest | null;
  /** How many colleagues were asked too (they answer signed in, without a link). */
  colleagueCount: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useCurrentUser();
  return (
    <Dialog
      open={open && created !== null}
      onOpenChange={onOpenChange}
      title={t('feedback.links.title')}
      description={
        created
          ? t('feedback.links.description', {
              date: formatDate(created.expiresAt, navigator.language, me?.timeZone),
            })
          : undefined
      }
      className="sm:max-w-lg"
      returnFocus={() => document.getElementById('main')}
    >
      {created ? (
        <p className="max-w-prose text-[0.9375rem] text-ink">
          {t('feedback.links.named')}
          {colleagueCount > 0
            ? ` ${t('feedback.links.colleagues', { count: colleagueCount })}`
            : ''}
        </p>
      ) : null}
      {created ? (
        <ul className="flex flex-col gap-5">
          {created.links.map((link) => (
            <li key={link.token}>
              <CopyValue
                label={t('feedback.links.for', { who: link.recipient.email })}
                value={link.url}
                words={{
                  copy: t('feedback.links.copy'),
                  copied: t('feedback.links.copied'),
                  copiedStatus: t('feedback.links.copiedStatus'),
                  copyFailed: t('feedback.links.copyFailed'),
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <DialogActions>
        <Button variant="primary" onClick={() => onOpenChange(false)}>
          {t('feedback.links.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
