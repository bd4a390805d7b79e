import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { FeedbackAnswer, FeedbackRequest } from '../../../../contracts/feedback';
import { FormDialog } from '../../../components/ui/form-dialog';
import { LevelField } from '../../../components/ui/level-field';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useAnswerAsEvidence } from '../api';
import { useActiveAspirations } from '../../../lib/use-active-aspirations';

/** Chooses one of my aspirations and where I honestly am on it now, in the light of the answer. */
export function EvidenceDialog({
  request,
  answer,
  onClose,
}: {
  request: FeedbackRequest;
  answer: FeedbackAnswer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const aspirations = useActiveAspirations(true);
  const assess = useAnswerAsEvidence(request.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [aspirationId, setAspirationId] = useState(request.aspiration?.id ?? '');
  const [level, setLevel] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = aspirations.data ?? [];
  const chosen = list.find((a) => a.id === aspirationId);
  const shownLevel = level ?? chosen?.realityLevel ?? 5;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assess.isPending) return;
    if (!chosen) {
      setError(t('feedback.growth.aspirationRequired'));
      const select = formRef.current?.elements.namedItem('aspirationId');
      if (select instanceof HTMLElement) select.focus();
      return;
    }
    setError(null);
    assess.mutate(
      { answerId: answer.id, aspirationId: chosen.id, level: shownLevel },
      {
        onSuccess: () => {
          onClose();
          toast({
            title: t('feedback.growth.assessed', { title: chosen.title, level: shownLevel }),
            link: {
              label: t('feedback.growth.openAspiration'),
              to: `/vision/aspirations/${chosen.id}`,
            },
          });
        },
      },
    );
  };

  return (
    <FormDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('feedback.growth.evidenceTitle')}
      description={t('feedback.growth.evidenceDescription')}
      className="sm:max-w-lg"
      formRef={formRef}
      onSubmit={onSubmit}
      general={
        assess.isError
          ? describeError(assess.error, t)
          : aspirations.isError
            ? describeError(aspirations.error, t)
            : null
      }
      submitLabel={t('feedback.growth.evidenceSubmit')}
      pending={assess.isPending}
    >
      {aspirations.data && list.length === 0 ? (
        <p className="text-[0.9375rem] text-ink">
          {t('feedback.growth.noAspirations')}{' '}
          <Link to="/vision" className="font-medium text-accent-ink underline underline-offset-4">
            {t('feedback.growth.toVision')}
          </Link>
        </p>
      ) : (
        <SelectField
          label={t('feedback.growth.aspiration')}
          name="aspirationId"
          value={aspirationId}
          error={error ?? undefined}
          disabled={!aspirations.data}
          onChange={(event) => {
            setAspirationId(event.target.value);
            setLevel(null);
          }}
          options={[
            { value: '', label: t('feedback.growth.chooseAspiration') },
            ...list.map((a) => ({ value: a.id, label: a.title })),
          ]}
        />
      )}
      <LevelField
        label={t('feedback.growth.level')}
        name="level"
        value={shownLevel}
        onChange={setLevel}
        low={t('feedback.growth.levelLow')}
        high={t('feedback.growth.levelHigh')}
        hint={t('feedback.growth.levelHint')}
      />
    </FormDialog>
  );
}
