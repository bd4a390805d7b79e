import { useTranslation } from '../../../lib/use-translation';
import type { Team } from '../../../../contracts/orgs';
import { Button, type ButtonSize } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useCurrentUser } from '../../../lib/session';
import { useJoinTeam } from '../api';

/**
 * "Join team" for a team open to anyone in the organization: I join it as a member, by my own
 * choice (nobody places me there). A refusal is said in a toast.
 */
export function JoinTeamButton({
  team,
  size = 'md',
  variant = 'primary',
}: {
  team: Pick<Team, 'id' | 'orgId' | 'name'>;
  size?: ButtonSize;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const join = useJoinTeam(team);
  return (
    <Button
      variant={variant}
      size={size}
      loading={join.isPending}
      aria-label={size === 'sm' ? t('orgs.team.join.joinNamed', { team: team.name }) : undefined}
      onClick={() =>
        me &&
        join.mutate(me.id, {
          onSuccess: () => toast(t('orgs.team.join.joined', { team: team.name })),
          onError: (error) => toast(describeError(error, t)),
        })
      }
    >
      {t('orgs.team.join.joinButton')}
    </Button>
  );
}
