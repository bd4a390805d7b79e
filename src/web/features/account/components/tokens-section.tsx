import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import {
  CreateTokenBody,
  DEFAULT_TOKEN_DAYS,
  type AccessToken,
  type CreatedToken,
} from '../../../../contracts/accounts';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { formatDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAccessTokens, useCreateToken } from '../api';
import { NewTokenDialog } from './new-token-dialog';
import { RevokeTokenDialog } from './revoke-token-dialog';

const FIELDS = ['name', 'scope', 'expiresInDays'] as const;
/** The lifetimes offered, in days; "never" is one more choice that must be made on purpose. */
const LIFETIMES = [30, DEFAULT_TOKEN_DAYS, 365] as const;
const NEVER = 'never';

/** Access tokens for scripts and the CLI: the list, creating one, revoking one. */
export function TokensSection({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const tokens = useAccessTokens();
  const create = useCreateToken();
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  // The token stays in state while its dialog closes, so the closing dialog keeps its content.
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [createdOpen, setCreatedOpen] = useState(false);
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  const [revokeOpen, setRevokeOpen] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const form = new FormData(element);
    const lifetime = String(form.get('expiresInDays') ?? DEFAULT_TOKEN_DAYS);
    const values = {
      name: String(form.get('name') ?? '').trim(),
      scope: form.get('scope') === 'read' ? ('read' as const) : ('read-write' as const),
      expiresInDays: lifetime === NEVER ? null : Number(lifetime),
    };
    if (!validate(CreateTokenBody, values, { name: t('account.tokens.nameRequired') })) return;
    create.mutate(values, {
      onSuccess: (token) => {
        element.reset();
        setCreated(token);
        setCreatedOpen(true);
      },
      onError: showApiError,
    });
  };

  const items = tokens.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card title={t('account.tokens.title')} description={t('account.tokens.description')}>
      <div className="flex flex-col gap-6">
        {tokens.isPending ? (
          <p className="text-[0.9375rem] text-ink-muted">{t('common.loading')}</p>
        ) : tokens.isError ? (
          <LoadError error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            inset
            icon={KeyRound}
            title={t('account.tokens.emptyTitle')}
            body={t('account.tokens.empty')}
          />
        ) : (
          <div className="flex flex-col gap-3">
            <ul className="divide-y divide-line rounded-lg border border-line">
              {items.map((token) => (
                <li
                  key={token.id}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3"
                >
                  <div className="flex min-w-0 flex-col gap-1">
                    <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
                      <span className="font-medium break-all text-ink">{token.name}</span>
                      <code className="rounded-md bg-sunken px-1.5 py-0.5 font-mono text-sm text-ink-muted">
                        {t('account.tokens.prefix', { prefix: token.prefix })}
                      </code>
                      <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent-ink">
                        {t(`account.tokens.scopes.${token.scope}`)}
                      </span>
                    </div>
                    <p className="text-sm text-ink-muted">
                      {t('account.tokens.created', {
                        date: formatDate(token.createdAt, navigator.language, timeZone),
                      })}
                      <span aria-hidden> · </span>
                      <span className="sr-only">, </span>
                      {token.expiresAt
                        ? t('account.tokens.expires', {
                            date: formatDate(token.expiresAt, navigator.language, timeZone),
                          })
                        : t('account.tokens.neverExpires')}
                      <span aria-hidden> · </span>
                      <span className="sr-only">, </span>
                      {token.lastUsedAt
                        ? t('account.tokens.lastUsed', {
                            date: formatDate(token.lastUsedAt, navigator.language, timeZone),
                          })
                        : t('account.tokens.neverUsed')}
                    </p>
                  </div>
                  <Button
                    size="sm"
                    variant="danger-quiet"
                    onClick={() => {
                      setRevoking(token);
                      setRevokeOpen(true);
                    }}
                  >
                    {t('account.tokens.revoke')}
                    <span className="sr-only"> {token.name}</span>
                  </Button>
                </li>
              ))}
            </ul>
            {tokens.hasNextPage ? (
              <div>
                <Button
                  size="sm"
                  variant="ghost"
                  loading={tokens.isFetchingNextPage}
                  onClick={() => void tokens.fetchNextPage()}
                >
                  {t('account.tokens.more')}
                </Button>
              </div>
            ) : null}
          </div>
        )}

        <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
          <TextField
            label={t('account.tokens.name')}
            name="name"
            maxLength={100}
            autoComplete="off"
            required
            hint={t('account.tokens.nameHint')}
            error={fieldErrors.name}
          />
          <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
            <SelectField
              label={t('account.tokens.scope')}
              name="scope"
              defaultValue="read-write"
              options={[
                { value: 'read-write', label: t('account.tokens.scopes.read-write') },
                { value: 'read', label: t('account.tokens.scopes.read') },
              ]}
              error={fieldErrors.scope}
              className="flex-1"
            />
            <SelectField
              label={t('account.tokens.expiry')}
              name="expiresInDays"
              defaultValue={String(DEFAULT_TOKEN_DAYS)}
              options={[
                ...LIFETIMES.map((days) => ({
                  value: String(days),
                  label: t('account.tokens.days', { count: days }),
                })),
                { value: NEVER, label: t('account.tokens.never') },
              ]}
              hint={t('account.tokens.expiryHint')}
              error={fieldErrors.expiresInDays}
              className="flex-1"
            />
          </div>
          <div>
            <Button type="submit" variant="secondary" loading={create.isPending}>
              {t('account.tokens.create')}
            </Button>
          </div>
        </form>
        {general ? <FormAlert>{general}</FormAlert> : null}
      </div>

      <NewTokenDialog token={created} open={createdOpen} onClose={() => setCreatedOpen(false)} />
      <RevokeTokenDialog
        token={revoking}
        open={revokeOpen}
        onClose={() => setRevokeOpen(false)}
        returnFocus={() => {
          const input = formRef.current?.elements.namedItem('name');
          return input instanceof HTMLElement ? input : null;
        }}
      />
    </Card>
  );
}
