import { Upload } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { type ImportFormat, READY_IMPORT_FORMATS } from '../../../../contracts/portability';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { describeError } from '../../../lib/form-errors';
import { useImport, useStartImport } from '../api';
import { ImportProgress } from './import-progress';

/** Choose a format and a file; the import runs on the server while its progress shows here. */
export function ImportSection() {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ImportFormat>('praxis');
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const start = useStartImport();
  const summary = useImport(importId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    start.mutate({ format, file }, { onSuccess: ({ id }) => setImportId(id) });
  };
  return (
    <Card title={t('portability.import.title')} description={t('portability.import.description')}>
      <form className="flex flex-col gap-4" onSubmit={submit}>
        <SelectField
          label={t('portability.import.format')}
          value={format}
          onChange={(event) => setFormat(event.target.value as ImportFormat)}
          options={READY_IMPORT_FORMATS.map((f) => ({
            value: f,
            label: t(`portability.formats.${f}`),
          }))}
        />
        <label className="flex flex-col gap-1 text-sm font-medium text-ink">
          {t('portability.import.file')}
          <input
            type="file"
            accept=".json,.zip,.csv,.md"
            className="text-sm text-ink-muted file:mr-3 file:rounded-lg file:border file:border-line file:bg-surface file:px-3 file:py-2 file:text-ink"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        {start.isError ? <FormAlert>{describeError(start.error, t)}</FormAlert> : null}
        <div>
          <Button
            type="submit"
            variant="primary"
            disabled={!file}
            loading={start.isPending}
            icon={<Upload aria-hidden className="size-4" />}
          >
            {t('portability.import.submit')}
          </Button>
        </div>
      </form>
      {summary.data ? (
        <div className="mt-6">
          <ImportProgress summary={summary.data} />
        </div>
      ) : null}
    </Card>
  );
}
