import { Building2, Eye, Lock, UserRound, UsersRound } from 'lucide-react';
import type { TFunction } from '../../../lib/words';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { Share } from '../../../../contracts/sharing';
import { Button } from '../../../components/ui/button';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import type { ShareControlProps } from '../../../lib/share-control';
import { useShare, useShareTargets, useUnshare } from '../api';
import type { ShareTargets } from '../sharing-view';

type Kind = 'user' | 'team' | 'org';

const KIND_ICONS = { user: UserRound, team: UsersRound, org: Building2 } as const;

/** The targets of one kind as select options, each with the plain name to confirm with. */
function optionsOf(targets: ShareTargets, kind: Kind, t: TFunction) {
  if (kind === 'user') {
    return targets.people.map((person) => ({
      value: person.id,
      name: person.name,
      label: t('sharing.dialog.personIn', { name: person.name, orgs: person.orgNames.join(', ') }),
    }));
  }
  if (kind === 'team') {
    return targets.teams.map((team) => ({
      value: team.id,
      name: team.name,
      label: t('sharing.dialog.teamIn', { team: team.name, org: team.orgName }),
    }));
  }
  return targets.orgs.map((org) => ({ value: org.id, name: org.name, label: org.name }));
}

/**
 * The "Who can see this" dialog: whom the item is shared with now (each can be unshared), and a
 * deliberate form to share it with a person, a team or a whole organization of mine.
 */
export function ShareDialog({
  open,
  onOpenChange,
  itemType,
  itemId,
  itemTitle,
  shares,
}: ShareControlProps & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The item's shares now; null while they load. */
  shares: readonly Share[] | null;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const targets = useShareTargets(me?.id ?? '', open && me !== undefined);
  const share = useShare();
  const unshare = useUnshare();
  const [kind, setKind] = useState<Kind>('user');
  const [targetId, setTargetId] = useState('');
  const [pickError, setPickError] = useState<string | null>(null);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setTargetId('');
      setPickError(null);
      share.reset();
      unshare.reset();
    }
  };

  const options = targets.data ? optionsOf(targets.data, kind, t) : [];
  const noOrgs = targets.data !== undefined && targets.data.orgs.length === 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (share.isPending) return;
    const chosen = options.find((option) => option.value === targetId);
    if (!chosen) {
      setPickError(t('sharing.dialog.pickRequired'));
      return;
    }
    setPickError(null);
    const target =
      kind === 'user'
        ? { userId: targetId }
        : kind === 'team'
          ? { teamId: targetId }
          : { orgId: targetId };
    share.mutate(
      { itemType, itemId, with: target },
      {
        onSuccess: () => {
          setTargetId('');
          toast(t('sharing.dialog.shared', { name: chosen.name }));
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('sharing.dialog.title')}
      description={t('sharing.dialog.description')}
      className="sm:max-w-lg"
    >
      <p className="-mt-1 font-serif text-lg leading-snug break-words text-ink">{itemTitle}</p>

      <section className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-ink">{t('sharing.dialog.current')}</h3>
        {shares === null ? (
          <p className="text-[0.9375rem] text-ink-muted">{t('common.loading')}</p>
        ) : shares.length === 0 ? (
          <p className="flex items-center gap-2 rounded-lg border border-line bg-paper px-3 py-2.5 text-[0.9375rem] text-ink-muted">
            <Lock aria-hidden className="size-4 shrink-0" />
            {t('sharing.dialog.onlyYou')}
          </p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line">
            {shares.map((current) => {
              const Icon = KIND_ICONS[current.with.type];
              return (
                <li key={current.id} className="flex items-center justify-between gap-3 px-3 py-2">
                  <span className="flex min-w-0 items-center gap-2.5">
                    <Icon aria-hidden className="size-4 shrink-0 text-ink-muted" />
                    <span className="flex min-w-0 flex-col">
                      <span className="break-words text-ink">{current.with.name}</span>
                      <span className="text-xs text-ink-muted">
                        {t(`sharing.dialog.kinds.${current.with.type}`)}
                      </span>
                    </span>
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('sharing.dialog.unshareWith', { name: current.with.name })}
                    loading={unshare.isPending && unshare.variables === current.id}
                    onClick={() =>
                      unshare.mutate(current.id, {
                        onSuccess: () =>
                          toast(t('sharing.dialog.unshared', { name: current.with.name })),
                      })
                    }
                  >
                    {t('sharing.dialog.unshare')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        {unshare.isError ? <FormAlert>{describeError(unshare.error, t)}</FormAlert> : null}
      </section>

      {targets.isError ? (
        <LoadError error={targets.error} onRetry={() => void targets.refetch()} />
      ) : noOrgs ? (
        <FormAlert tone="info">
          {t('sharing.dialog.noOrgs')}{' '}
          <Link to="/orgs" className="font-medium underline underline-offset-4">
            {t('sharing.dialog.toOrgs')}
          </Link>
        </FormAlert>
      ) : (
        <form
          noValidate
          onSubmit={onSubmit}
          className="flex flex-col gap-4 border-t border-line pt-4"
        >
          <ChoiceGroup
            legend={t('sharing.dialog.shareWith')}
            name="share-kind"
            value={kind}
            onChange={(value) => {
              setKind(value);
              setTargetId('');
              setPickError(null);
            }}
            choices={(['user', 'team', 'org'] as const).map((value) => {
              const Icon = KIND_ICONS[value];
              return {
                value,
                label: t(`sharing.dialog.choose.${value}`),
                icon: <Icon aria-hidden className="size-4" />,
              };
            })}
          />
          {targets.data && options.length === 0 ? (
            <p className="text-[0.9375rem] text-ink-muted">{t(`sharing.dialog.nothing.${kind}`)}</p>
          ) : (
            <SelectField
              label={t(`sharing.dialog.pick.${kind}`)}
              name="target"
              value={targetId}
              disabled={!targets.data}
              onChange={(event) => {
                setTargetId(event.target.value);
                setPickError(null);
              }}
              options={[{ value: '', label: t(`sharing.dialog.placeholder.${kind}`) }, ...options]}
              error={pickError ?? undefined}
            />
          )}
          {share.isError ? <FormAlert>{describeError(share.error, t)}</FormAlert> : null}
          <div>
            <Button
              type="submit"
              variant="primary"
              loading={share.isPending}
              disabled={options.length === 0}
            >
              {t('sharing.dialog.submit')}
            </Button>
          </div>
        </form>
      )}

      <DialogActions>
        <Link
          to="/access-log"
          className="inline-flex items-center gap-1.5 self-center rounded-sm text-sm font-medium text-accent-ink underline-offset-4 hover:underline sm:mr-auto"
        >
          <Eye aria-hidden className="size-4" />
          {t('sharing.dialog.toLog')}
        </Link>
        <Button onClick={() => close(false)}>{t('sharing.dialog.done')}</Button>
      </DialogActions>
    </Dialog>
  );
}
