import { useTranslation } from 'react-i18next';
import type { LearningItemDetail } from '../../../../contracts/learning';
import { Title } from './title';
import { Label } from './label';
import { Markdown } from './markdown';

/** A shared learning item, read only. */
export function LearningView({ item, owner }: { item: LearningItemDetail; owner: string }) {
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
        <Title>{item.title}</Title>
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
          <Label>{t('sharing.item.insights')}</Label>
          <Markdown source={item.insights} />
        </section>
      ) : null}
      <p className="text-sm text-ink-muted">{t('sharing.item.linkedLeftOut', { name: owner })}</p>
    </>
  );
}
