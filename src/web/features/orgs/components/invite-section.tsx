import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { InvitationBody, type CreatedInvitation, type OrgRole } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CopyValue } from '../../../components/ui/copy-value';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { ItemRow, ItemRows } from '../../../components/ui/item-rows';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useInvite, usePendingInvitations, useRevokeInvitation } from '../api';
import { CredentialsEmailField } from '../../../components/patterns/credentials-email-field';

const FIELDS = ['email', 'role'] as const;
const ROLES: readonly OrgRole[] = ['member', 'facilitator', 'admin'];

/**
 * For admins: invite someone by email with a role, and get a single-use link to pass on (Praxis
 * sends no email); the invitations not yet accepted, each of which can be withdrawn.
 */
export function InviteSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const invite = useInvite(orgId);
  const pending = usePendingInvitations(orgId, true);
  const revoke = useRevokeInvitation(orgId);
  const [role, setRole] = useState<OrgRole>('member');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [createdOpen, setCreatedOpen] = useState(false);
  const { formRef, fieldErrors, general, validate, showApiError } = useFormErrors(FIELDS);
  const timeZone = me?.timeZone;
  const date = (iso: string) => formatDate(iso, navigator.language, timeZone);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    const element = event.currentTarget;
    const values = { email: String(new FormData(element).get('email') ?? '').trim(), role };
    if (!validate(InvitationBody, values, { email: t('orgs.invite.emailRequired') })) return;
    invite.mutate(values, {
      onSuccess: (invitation) => {
        element.reset();
        setRole('member');
        setCreated(invitation);
        setCreatedOpen(true);
      },
      onError: showApiError,
    });
  };

  return (
    <Card title={t('orgs.invite.title')} description={t('orgs.invite.description')}>
      <div className="flex flex-col gap-6">
        <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
          {general ? <FormAlert>{general}</FormAlert> : null}
          <div className="grid gap-4 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <CredentialsEmailField
              label={t('orgs.invite.email')}
              autoComplete="off"
              error={fieldErrors.email}
            />
            <SelectField
              label={t('orgs.invite.role')}
              name="role"
              value={role}
              onChange={(event) => setRole(event.target.value as OrgRole)}
              options={ROLES.map((value) => ({ value, label: t(`orgs.roles.${value}`) }))}
              hint={t(`orgs.roleHints.${role}`)}
              error={fieldErrors.role}
            />
          </div>
          <div>
            <Button type="submit" variant="primary" loading={invite.isPending}>
              {t('orgs.invite.submit')}
            </Button>
          </div>
        </form>

        {pending.data && pending.data.length > 0 ? (
          <div className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-ink">{t('orgs.invite.pending')}</h3>
            {revoke.isError ? <FormAlert>{describeError(revoke.error, t)}</FormAlert> : null}
            <ItemRows>
              {pending.data.map((invitation) => (
                <ItemRow
                  key={invitation.id}
                  title={<span className="break-all text-ink">{invitation.email}</span>}
                  detail={t('orgs.invite.pendingLine', {
                    role: t(`orgs.roles.${invitation.role}`),
                    date: date(invitation.expiresAt),
                  })}
                  actions={
                    <Button
                      size="sm"
                      variant="ghost"
                      loading={revoke.isPending && revoke.variables === invitation.id}
                      onClick={() =>
                        revoke.mutate(invitation.id, {
                          onSuccess: () =>
                            toast(t('orgs.invite.withdrawn', { email: invitation.email })),
                        })
                      }
                    >
                      {t('orgs.invite.withdraw')}
                      <span className="sr-only"> {invitation.email}</span>
                    </Button>
                  }
                />
              ))}
            </ItemRows>
          </div>
        ) : null}
      </div>

      <Dialog
        open={createdOpen && created !== null}
        onOpenChange={setCreatedOpen}
        title={t('orgs.invite.linkTitle')}
        description={
          created
            ? t('orgs.invite.linkDescription', {
                email: created.email,
                date: date(created.expiresAt),
              })
            : undefined
        }
        returnFocus={() => {
          const input = formRef.current?.elements.namedItem('email');
          return input instanceof HTMLElement ? input : null;
        }}
      >
        {created ? (
          <CopyValue
            key={created.id}
            label={t('orgs.invite.linkLabel', {
              email: created.email,
              role: t(`orgs.roles.${created.role}`).toLowerCase(),
            })}
            value={created.url}
            words={{
              copy: t('orgs.invite.copy'),
              copied: t('orgs.invite.copied'),
              copiedStatus: t('orgs.invite.copiedStatus'),
              copyFailed: t('orgs.invite.copyFailed'),
            }}
          />
        ) : null}
        <DialogActions>
          <Button variant="primary" onClick={() => setCreatedOpen(false)}>
            {t('orgs.invite.done')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
