import { Download } from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import { EXPORT_FORMATS } from '../../../../contracts/portability';
import { buttonClasses } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';

/** A download per export format: the browser saves what the server streams. */
export function ExportSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('portability.export.title')} description={t('portability.export.description')}>
      <ul className="flex flex-col gap-3">
        {EXPORT_FORMATS.map((format) => (
          <li key={format} className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <a
              className={buttonClasses(format === 'json' ? 'primary' : 'secondary')}
              href={`/api/export?format=${format}`}
              download
            >
              <Download aria-hidden className="size-4" />
              {t(`portability.export.${format}.label`)}
            </a>
            <span className="text-sm text-ink-muted">{t(`portability.export.${format}.hint`)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
