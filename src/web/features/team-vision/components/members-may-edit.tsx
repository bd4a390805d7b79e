import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { TeamVision } from '../../../../contracts/team-vision';
import { canManageTeam } from '../../../../core/org-policy';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useTeam } from '../../../lib/use-team';
import { useOrg, useSetMembersMayEdit } from '../api';

/**
 * Whether members, not only leaders, write the vision and outcomes: a setting of the team that
 * its leaders and the organization's admins change; everyone else reads who may write.
 */
export function MembersMayEdit({ vision }: { vision: TeamVision }) {
  const { t } = useTranslation();
  const toast = useToast();
  const team = useTeam(vision.teamId);
  const org = useOrg(team.data?.orgId ?? null);
  const set = useSetMembersMayEdit(vision.teamId);
  const hintId = useId();
  // The box follows a press at once; the vision follows when the server has saved it.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const manager = canManageTeam(org.data?.role ?? null, vision.myRole);

  if (!manager) {
    return (
      <p className="text-sm text-ink-muted">
        {vision.membersMayEditVision
          ? t('teamLearning.vision.whoWritesAll')
          : t('teamLearning.vision.whoWritesLeaders')}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2 border-t border-line pt-4">
      {set.isError ? <FormAlert>{describeError(set.error, t)}</FormAlert> : null}
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={wanted ?? vision.membersMayEditVision}
          aria-describedby={hintId}
          onChange={(event) => {
            if (set.isPending) return;
            const allowed = event.target.checked;
            setWanted(allowed);
            set.mutate(allowed, {
              onSettled: () => setWanted(null),
              onSuccess: () =>
                toast(
                  allowed
                    ? t('teamLearning.vision.membersMayEditOn')
                    : t('teamLearning.vision.membersMayEditOff'),
                ),
            });
          }}
          className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent"
        />
        <span className="flex flex-col gap-0.5">
          <span className="text-[0.9375rem] font-medium text-ink">
            {t('teamLearning.vision.membersMayEdit')}
          </span>
          <span id={hintId} className="text-sm text-ink-muted">
            {t('teamLearning.vision.membersMayEditHint')}
          </span>
        </span>
      </label>
    </div>
  );
}
