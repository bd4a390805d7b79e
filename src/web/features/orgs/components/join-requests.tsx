import { useTranslation } from '../../../lib/use-translation';
import type { Team } from '../../../../contracts/orgs';
import { Button } from '../../../components/ui/button';
import { FormAlert } from '../../../components/ui/form-alert';
import { ItemRow, ItemRows } from '../../../components/ui/item-rows';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useAnswerJoinRequest } from '../api';

/** Requests to join waiting for an answer, shown to the team's leaders, who approve or decline. */
export function JoinRequests({ team }: { team: Team }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { data: me } = useCurrentUser();
  const answer = useAnswerJoinRequest(team);
  return (
    <section aria-labelledby="join-requests" className="flex flex-col gap-2">
      <h3 id="join-requests" className="font-medium text-ink">
        {t('orgs.team.requests.title')}
      </h3>
      {answer.isError ? <FormAlert>{describeError(answer.error, t)}</FormAlert> : null}
      <ItemRows>
        {team.joinRequests.map((request) => (
          <ItemRow
            key={request.id}
            title={<span className="font-medium break-words text-ink">{request.name}</span>}
            detail={t('orgs.team.requests.line', {
              date: formatDate(request.createdAt, i18n.language, me?.timeZone),
            })}
            actions={
              <span className="flex gap-2">
                {(['approve', 'decline'] as const).map((choice) => (
                  <Button
                    key={choice}
                    size="sm"
                    variant={choice === 'approve' ? 'primary' : 'danger-quiet'}
                    disabled={answer.isPending}
                    onClick={() =>
                      answer.mutate(
                        { requestId: request.id, answer: choice },
                        {
                          onSuccess: () =>
                            toast(t(`orgs.team.requests.${choice}d`, { name: request.name })),
                        },
                      )
                    }
                  >
                    {t(`orgs.team.requests.${choice}`)}
                    <span className="sr-only"> {request.name}</span>
                  </Button>
                ))}
              </span>
            }
          />
        ))}
      </ItemRows>
    </section>
  );
}
