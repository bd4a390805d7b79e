import { useTranslation } from '../../../lib/use-translation';
import type { LearningItemDetail } from '../../../../contracts/learning';
import { ReadOnlyTitle } from '../../../components/patterns/read-only-title';
import { ReadOnlyLabel } from '../../../components/patterns/read-only-label';
import { MarkdownView } from '../../../components/patterns/markdown-view';

/** A learning item read only, as the people it is shared with see it (its linked aspirations left out). */
export function LearningReadView({ item, owner }: { item: LearningItemDetail; owner: string }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">
          {t(`sharing.item.learningKinds.${item.kind}`)} ·{' '}
          {t(`sharing.item.learningStatuses.${item.status}`)}
          {item.totalHours > 0 ? (
            <> · {t('sharing.item.hours', { count: Math.round(item.totalHours * 10) / 10 })}</>
          ) : null}
        </p>
        <ReadOnlyTitle>{item.title}</ReadOnlyTitle>
        {item.source ? <p className="text-ink-muted">{item.source}</p> : null}
        {item.url ? (
          <a
            href={item.url}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="self-start rounded-sm text-sm font-medium break-all text-accent-ink underline underline-offset-4"
          >
            {item.url}
          </a>
        ) : null}
      </header>
      {item.insights.trim() ? (
        <section className="flex flex-col gap-2">
          <ReadOnlyLabel>{t('sharing.item.insights')}</ReadOnlyLabel>
          <MarkdownView source={item.insights} />
        </section>
      ) : null}
      <p className="text-sm text-ink-muted">{t('sharing.item.linkedLeftOut', { name: owner })}</p>
    </>
  );
}
