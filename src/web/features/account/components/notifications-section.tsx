import { useTranslation } from '../../../lib/use-translation';
import {
  type Delivery,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../../../../contracts/notifications';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { useNotificationPreferences, useUpdateNotificationPreferences } from '../api';

const DELIVERIES: readonly Delivery[] = ['instant', 'digest', 'off'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Mail per kind of inbox item (at once, daily digest, never) and the digest's local hour. */
export function NotificationsSection({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const save = (body: Parameters<typeof update.mutate>[0]) =>
    update.mutate(body, {
      onSuccess: () => toast({ title: t('mail.notifications.saved') }),
      onError: () => toast({ title: t('errors.unexpected'), tone: 'info' }),
    });
  const deliveryOptions = DELIVERIES.map((value) => ({
    value,
    label: t(`mail.notifications.delivery.${value}`),
  }));

  return (
    <Card title={t('mail.notifications.title')} description={t('mail.notifications.description')}>
      {preferences.isError ? (
        <LoadError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : null}
      {preferences.data ? (
        <div className="flex flex-col gap-5">
          {preferences.data.mail ? null : (
            <FormAlert tone="info">{t('mail.notifications.off')}</FormAlert>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            {NOTIFICATION_KINDS.map((kind: NotificationKind) => (
              <SelectField
                key={kind}
                label={t(`mail.notifications.kinds.${kind}`)}
                options={deliveryOptions}
                value={preferences.data.kinds[kind]}
                onChange={(event) =>
                  save({ kinds: { [kind]: event.currentTarget.value as Delivery } })
                }
              />
            ))}
          </div>
          <SelectField
            className="max-w-xs"
            label={t('mail.notifications.digestHour')}
            hint={t('mail.notifications.digestHint', { timeZone })}
            options={HOURS.map((hour) => ({
              value: String(hour),
              label: `${String(hour).padStart(2, '0')}:00`,
            }))}
            value={String(preferences.data.digestHour)}
            onChange={(event) => save({ kinds: {}, digestHour: Number(event.currentTarget.value) })}
          />
        </div>
      ) : null}
    </Card>
  );
}
