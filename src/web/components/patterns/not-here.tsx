/**
 * The calm "not here" of an item page whose item I may not see (someone else's, removed, or a
 * wrong link): a heading and one line saying why that may be. Put the page's `BackLink` above.
 *
 * @example
 * <NotHere title={t('oneOnOnes.missing')} body={t('oneOnOnes.missingBody')} />
 */
export function NotHere({ title, body }: { title: string; body: string }) {
  return (
    <>
      <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="max-w-prose text-ink-muted">{body}</p>
    </>
  );
}
