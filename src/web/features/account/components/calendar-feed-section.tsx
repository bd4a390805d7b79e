import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyValue } from '../../../components/ui/copy-value';
import { LoadError } from '../../../components/ui/load-error';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import {
  useCalendarFeed,
  useRenewCalendarFeed,
  useRevokeCalendarFeed,
} from '../../../lib/reminders';

/**
 * Account: my calendar feed. Its address is shown once, when made; making a new one stops the
 * old one, and turning it off stops it altogether.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const feed = useCalendarFeed();
  const renew = useRenewCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const make = () =>
    renew.mutate(undefined, {
      onSuccess: (made) => setUrl(made.url),
      onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
    });
  const active = feed.data?.active ?? false;
  return (
    <Card title={t('reminders.feed.title')} description={t('reminders.feed.description')}>
      {feed.isError ? <LoadError error={feed.error} onRetry={() => void feed.refetch()} /> : null}
      {feed.data ? (
        <div className="flex flex-col gap-4">
          {url ? (
            <CopyValue
              key={url}
              label={t('reminders.feed.address')}
              value={url}
              words={{
                copy: t('reminders.feed.copy'),
                copied: t('reminders.feed.copied'),
                copiedStatus: t('reminders.feed.copiedStatus'),
                copyFailed: t('reminders.feed.copyFailed'),
              }}
            />
          ) : (
            <p className="text-ink-muted">
              {active ? t('reminders.feed.activeHidden') : t('reminders.feed.none')}
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            <Button
              variant={active ? 'secondary' : 'primary'}
              loading={renew.isPending}
              onClick={make}
            >
              {active ? t('reminders.feed.renew') : t('reminders.feed.create')}
            </Button>
            {active ? (
              <Button variant="danger-quiet" onClick={() => setRevoking(true)}>
                {t('reminders.feed.revoke')}
              </Button>
            ) : null}
          </div>
          <ConfirmDialog
            open={revoking}
            onClose={() => {
              setRevoking(false);
              revoke.reset();
            }}
            title={t('reminders.feed.revokeTitle')}
            description={t('reminders.feed.revokeBody')}
            confirmLabel={t('reminders.feed.revoke')}
            pending={revoke.isPending}
            error={revoke.error ? describeError(revoke.error, t) : null}
            onConfirm={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  setRevoking(false);
                  setUrl(null);
                  toast(t('reminders.feed.revoked'));
                },
              })
            }
          />
        </div>
      ) : null}
    </Card>
  );
}
