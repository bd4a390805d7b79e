import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Reaction } from '../../../../contracts/reactions';
import { DeleteItemAction } from '../../../components/patterns/delete-item-action';
import { EditButton } from '../../../components/patterns/edit-button';
import { formatCalendarDate, formatTime } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDeleteReaction } from '../api';
import { emotionName } from './emotion-name';
import { IntensityMeter } from './intensity-meter';
import { ReactionDialog } from './reaction-dialog';
import { SupportNotice } from '../../../components/ui/support-notice';
import { ReactionStep } from './reaction-step';

/**
 * One reaction read as its chain, step by step, with "Edit" (for instance to add the chosen
 * response later) and "Delete".
 */
export function ReactionView({ reaction }: { reaction: Reaction }) {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteReaction();
  const locale = navigator.language;
  const longDate = formatCalendarDate(reaction.date, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-ink-muted">
          <time dateTime={reaction.at}>
            {longDate} · {formatTime(reaction.at, locale, user?.timeZone ?? 'UTC')}
          </time>
        </p>
        <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {t('reactions.item.trigger')}
        </p>
        <h1 className="max-w-prose font-serif text-2xl leading-snug font-semibold break-words whitespace-pre-line text-ink sm:text-3xl">
          {reaction.trigger}
        </h1>
        <div className="flex flex-wrap gap-2">
          <EditButton onClick={() => setEditing(true)}>{t('reactions.item.edit')}</EditButton>
          <DeleteItemAction
            id={reaction.id}
            remove={remove}
            words="reactions.item"
            description={t('reactions.item.deleteBody')}
            goTo="/reactions"
          />
        </div>
      </header>
      <SupportNotice show={reaction.support} />

      <ol className="flex flex-col">
        <ReactionStep title={t('reactions.item.felt')}>
          {reaction.emotions.length > 0 ? (
            <ul className="flex flex-wrap gap-1.5">
              {reaction.emotions.map((word) => (
                <li key={word} className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink">
                  {emotionName(word, t)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-[0.9375rem] text-ink-muted">{t('reactions.item.noEmotions')}</p>
          )}
          <IntensityMeter value={reaction.intensity} />
        </ReactionStep>
        <ReactionStep title={t('reactions.chain.automatic')}>
          <Text value={reaction.automaticReaction} />
        </ReactionStep>
        <ReactionStep title={t('reactions.chain.chosen')} accent>
          <Text value={reaction.chosenResponse} empty={t('reactions.item.noResponse')} />
        </ReactionStep>
        <ReactionStep title={t('reactions.chain.outcome')} last>
          <Text value={reaction.outcome} />
        </ReactionStep>
      </ol>

      {editing ? <ReactionDialog open onOpenChange={setEditing} reaction={reaction} /> : null}
    </article>
  );
}

/** A step's words, or a quiet note that none were written. */
function Text({ value, empty }: { value: string; empty?: string }) {
  const { t } = useTranslation();
  return value ? (
    <p className="max-w-prose font-serif leading-relaxed break-words whitespace-pre-line text-ink">
      {value}
    </p>
  ) : (
    <p className="text-[0.9375rem] text-ink-muted">{empty ?? t('reactions.item.notWritten')}</p>
  );
}
