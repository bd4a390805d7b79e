import { ArrowLeft, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrgDetail, OrgMember, OrgRole } from '../../../../contracts/orgs';
import { canCreateTeam, canManageOrg } from '../../../../core/org-policy';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useChangeMemberRole, useOrg, useRemoveMember } from '../api';
import { isMissing, membershipErrorText } from '../org-errors';
import { InlineSelect } from './inline-select';
import { InviteSection } from './invite-section';
import { SettingsSection } from './settings-section';
import { TeamsSection } from './teams-section';

const ROLES: readonly OrgRole[] = ['member', 'facilitator', 'admin'];

/**
 * One organization: its members with their roles, its teams, and for admins the invitations,
 * role changes, removals and settings. Nothing here opens anyone's personal items.
 */
export function OrgPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const org = useOrg(id);
  useDocumentTitle(org.data?.name ?? t('orgs.title'));

  const back = (
    <Link
      to="/orgs"
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t('orgs.back')}
    </Link>
  );

  if (isMissing(org.error)) {
    return (
      <>
        {back}
        <h1 className="mb-4 text-3xl font-semibold tracking-tight text-ink">{t('orgs.missing')}</h1>
        <p className="text-ink-muted">{t('orgs.missingBody')}</p>
      </>
    );
  }
  if (org.isError) return <LoadError error={org.error} onRetry={() => void org.refetch()} />;
  if (!org.data) return <PageLoading />;
  return (
    <>
      {back}
      <OrgView org={org.data} />
    </>
  );
}

function OrgView({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const admin = canManageOrg(org.role);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight break-words text-ink">{org.name}</h1>
        <p className="text-[0.9375rem] text-ink-muted">{t(`orgs.yourRole.${org.role}`)}</p>
        <p className="flex max-w-prose items-start gap-2.5 text-[0.9375rem] text-ink-muted">
          <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
          {t('orgs.privacy')}
        </p>
      </header>
      <MembersSection org={org} />
      {admin ? <InviteSection orgId={org.id} /> : null}
      <TeamsSection org={org} canCreate={canCreateTeam(org.role)} />
      {admin ? <SettingsSection org={org} /> : null}
    </div>
  );
}

function MembersSection({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const admin = canManageOrg(org.role);
  const changeRole = useChangeMemberRole(org.id);
  const [removing, setRemoving] = useState<OrgMember | null>(null);
  const [removeOpen, setRemoveOpen] = useState(false);

  return (
    <Card title={t('orgs.members.title')} description={t('orgs.members.description')}>
      <div className="flex flex-col gap-4">
        {changeRole.isError ? (
          <FormAlert>{membershipErrorText(changeRole.error, t)}</FormAlert>
        ) : null}
        <ul className="divide-y divide-line rounded-lg border border-line">
          {org.members.map((member) => {
            const isMe = member.userId === me?.id;
            return (
              <li
                key={member.userId}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3"
              >
                <div className="flex min-w-0 flex-col">
                  <span className="font-medium break-words text-ink">
                    {member.name}
                    {isMe ? (
                      <span className="font-normal text-ink-muted"> ({t('orgs.you')})</span>
                    ) : null}
                  </span>
                  {member.email ? (
                    <span className="text-sm break-all text-ink-muted">{member.email}</span>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {admin ? (
                    <InlineSelect
                      aria-label={t('orgs.members.roleOf', { name: member.name })}
                      value={member.role}
                      disabled={changeRole.isPending}
                      options={ROLES.map((role) => ({
                        value: role,
                        label: t(`orgs.roles.${role}`),
                      }))}
                      onChange={(event) => {
                        const role = event.target.value as OrgRole;
                        changeRole.mutate(
                          { userId: member.userId, role },
                          {
                            onSuccess: () =>
                              toast(t(`orgs.members.roleChanged.${role}`, { name: member.name })),
                          },
                        );
                      }}
                    />
                  ) : (
                    <span className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink-muted">
                      {t(`orgs.roles.${member.role}`)}
                    </span>
                  )}
                  {admin || isMe ? (
                    <Button
                      size="sm"
                      variant="danger-quiet"
                      onClick={() => {
                        setRemoving(member);
                        setRemoveOpen(true);
                      }}
                    >
                      {isMe ? t('orgs.members.leave') : t('orgs.members.remove')}
                      {isMe ? null : <span className="sr-only"> {member.name}</span>}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <RemoveMemberDialog
        org={org}
        member={removing}
        isMe={removing?.userId === me?.id}
        open={removeOpen}
        onOpenChange={setRemoveOpen}
      />
    </Card>
  );
}

function RemoveMemberDialog({
  org,
  member,
  isMe,
  open,
  onOpenChange,
}: {
  org: OrgDetail;
  member: OrgMember | null;
  isMe: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useRemoveMember(org.id);
  if (!member) return null;
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) remove.reset();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={
        isMe
          ? t('orgs.members.leaveTitle', { org: org.name })
          : t('orgs.members.removeTitle', { name: member.name })
      }
      description={
        isMe
          ? t('orgs.members.leaveBody')
          : t('orgs.members.removeBody', { name: member.name, org: org.name })
      }
      returnFocus={() => document.getElementById('main')}
    >
      {remove.isError ? <FormAlert>{membershipErrorText(remove.error, t)}</FormAlert> : null}
      <DialogActions>
        <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
        <Button
          variant="danger-quiet"
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(
              { userId: member.userId, self: isMe },
              {
                onSuccess: () => {
                  close(false);
                  if (isMe) {
                    toast(t('orgs.members.left', { org: org.name }));
                    void navigate('/orgs', { replace: true });
                  } else {
                    toast(t('orgs.members.removed', { name: member.name }));
                  }
                },
              },
            )
          }
        >
          {isMe ? t('orgs.members.leaveConfirm') : t('orgs.members.removeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
