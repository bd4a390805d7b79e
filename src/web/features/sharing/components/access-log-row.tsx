import { useTranslation } from '../../../lib/use-translation';
import type { AccessLogEntry } from '../../../../contracts/sharing';
import { TaggedWords } from '../../../components/ui/tagged-words';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { readWhen } from '../sharing-view';

/** One line of the access log: who opened which of my shared items, and when. */
export function AccessLogRow({ entry, timeZone }: { entry: AccessLogEntry; timeZone: string }) {
  const { t } = useTranslation();
  const locale = navigator.language;
  const when = readWhen(entry.at, new Date(), timeZone);
  const whenWords =
    when.kind === 'today'
      ? t('sharing.log.today')
      : when.kind === 'yesterday'
        ? t('sharing.log.yesterday')
        : t('sharing.log.onDay', {
            day: formatCalendarDate(
              when.date,
              locale,
              when.kind === 'weekday'
                ? { weekday: 'long' }
                : { day: 'numeric', month: 'short', year: 'numeric' },
            ),
          });
  return (
    <li className="flex flex-col gap-0.5 px-4 py-3.5 sm:px-5">
      <p className="text-[0.9375rem] text-ink">
        <TaggedWords
          i18nKey={entry.reader ? 'sharing.log.entry' : 'sharing.log.entryDeleted'}
          values={{
            name: entry.reader?.name,
            email: entry.reader?.email,
            type: t(`sharing.typesInline.${entry.itemType}`),
            title: `“${entry.itemTitle}”`,
            when: whenWords,
          }}
          components={{
            reader: <span className="font-semibold" />,
            email: <span className="break-all" />,
            item: <span className="font-semibold break-words" />,
          }}
        />
      </p>
      <p className="text-sm text-ink-muted">
        <time dateTime={entry.at}>{formatDateTime(entry.at, locale, timeZone)}</time>
      </p>
    </li>
  );
}
