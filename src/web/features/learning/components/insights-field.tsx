import { useTranslation } from '../../../lib/use-translation';
import { MAX_INSIGHTS_LENGTH } from '../../../../contracts/learning';
import { MarkdownField } from '../../../components/patterns/markdown-field';

/**
 * Insights in Markdown with a Write / Preview toggle. The preview is marked → DOMPurify output
 * only, the same as the item's page shows.
 */
export function InsightsField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <MarkdownField
      label={t('learning.form.insights')}
      value={value}
      hint={t('learning.form.insightsHint')}
      error={error}
      words={{
        view: t('learning.form.view'),
        write: t('learning.form.write'),
        preview: t('learning.form.preview'),
        nothing: t('learning.form.nothingToPreview'),
      }}
      previewClassName="min-h-40 bg-sunken/40"
      markdownClassName="font-serif"
      name="insights"
      onChange={onChange}
      rows={6}
      maxLength={MAX_INSIGHTS_LENGTH}
      textareaClassName={[
        'block min-h-40 w-full resize-y rounded-lg border bg-surface px-4 py-3 font-serif text-base leading-relaxed text-ink',
        'transition-colors duration-150 placeholder:text-ink-muted hover:border-ink-muted focus-visible:border-accent',
      ]}
    />
  );
}
