import { clsx } from 'clsx';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { Link } from 'react-router';
import { Brand } from '../ui/brand';

/**
 * The frame of the pages seen without the app shell (sign-in, sign-up, not found): the brand, a
 * short introduction, one centred card, and a quiet line from Senge at the foot. `wide` gives
 * the card room for a longer form (e.g. answering a request for feedback).
 */
export function CenteredLayout({
  intro,
  children,
  after,
  wide = false,
}: {
  intro?: ReactNode;
  children: ReactNode;
  after?: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col px-4">
      <header className="flex justify-center pt-10 pb-6 sm:pt-16">
        <Link to="/" reloadDocument className="rounded-lg p-1">
          <Brand />
        </Link>
      </header>
      <main
        id="main"
        className={clsx(
          'mx-auto flex w-full flex-1 flex-col gap-6 pb-10',
          wide ? 'max-w-2xl' : 'max-w-[26rem]',
        )}
      >
        {intro ? (
          <div className="text-center text-[0.9375rem] text-balance text-ink-muted">{intro}</div>
        ) : null}
        <div className="rounded-xl border border-line bg-surface p-6 sm:p-8">{children}</div>
        {after}
      </main>
      <footer className="mx-auto max-w-md pb-8 text-center text-sm text-ink-muted">
        <figure>
          <blockquote className="italic">{t('app.quote')}</blockquote>
          <figcaption className="mt-1">{t('app.quoteSource')}</figcaption>
        </figure>
      </footer>
    </div>
  );
}
