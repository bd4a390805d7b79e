import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Team } from '../../../../contracts/orgs';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useSetOpenToJoin } from '../api';

/** The team's open setting: its leaders change it; everyone else reads it. */
export function OpenToJoin({ team }: { team: Team }) {
  const { t } = useTranslation();
  const toast = useToast();
  const set = useSetOpenToJoin(team);
  // The box follows a press at once; the team follows when the server has saved it.
  const [wanted, setWanted] = useState<boolean | null>(null);
  if (team.myRole !== 'leader') {
    return (
      <p className="text-sm text-ink-muted">
        {team.openToJoin ? t('orgs.team.open.stateOpen') : t('orgs.team.open.stateClosed')}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2 border-t border-line pt-4">
      {set.isError ? <FormAlert>{describeError(set.error, t)}</FormAlert> : null}
      <CheckboxField
        label={t('orgs.team.open.label')}
        hint={t('orgs.team.open.hint')}
        checked={wanted ?? team.openToJoin}
        onChange={(event) => {
          if (set.isPending) return;
          const open = event.target.checked;
          setWanted(open);
          set.mutate(open, {
            onSettled: () => setWanted(null),
            onSuccess: () => toast(open ? t('orgs.team.open.on') : t('orgs.team.open.off')),
          });
        }}
      />
    </div>
  );
}
