import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Card } from '../../../components/ui/card';

/** One numbered step of the weekly review. */
export function Step({
  number,
  title,
  description,
  children,
}: {
  number: number;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={title}
      description={description}
      eyebrow={t('review.stepOf', { number, count: 5 })}
    >
      {children}
    </Card>
  );
}
