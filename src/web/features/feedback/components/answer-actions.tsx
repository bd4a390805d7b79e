import { BookmarkCheck, BookmarkPlus, Scale } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Link } from 'react-router';
import type { FeedbackAnswer, FeedbackRequest } from '../../../../contracts/feedback';
import { Button, buttonClasses } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { useSaveAnswerAsLearning } from '../api';
import { EvidenceDialog } from './evidence-dialog';

/**
 * What I can grow from one answer: keep it in my learning log, or use it as the evidence of an
 * honest reality assessment on one of my aspirations. Each says where the result went.
 */
export function AnswerActions({
  request,
  answer,
}: {
  request: FeedbackRequest;
  answer: FeedbackAnswer;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveAnswerAsLearning(request.id);
  const [assessing, setAssessing] = useState(false);
  // Saved once from here, the button becomes the way to it (no second copy by a double press).
  const [savedId, setSavedId] = useState<string | null>(null);
  const who = answer.giverName ?? t('feedback.request.anonymous');

  return (
    <div className="flex flex-wrap gap-2 border-t border-line pt-4">
      {savedId ? (
        <Link to={`/learning/${savedId}`} className={buttonClasses('secondary', 'sm')}>
          <BookmarkCheck aria-hidden className="size-4 text-accent" />
          {t('feedback.growth.inLearning')}
        </Link>
      ) : (
        <Button
          size="sm"
          loading={save.isPending}
          icon={<BookmarkPlus aria-hidden className="size-4" />}
          onClick={() =>
            save.mutate(answer.id, {
              onSuccess: (item) => {
                setSavedId(item.id);
                toast({
                  title: t('feedback.growth.savedAsLearning'),
                  description: item.title,
                  link: { label: t('feedback.growth.openLearning'), to: `/learning/${item.id}` },
                });
              },
              onError: (error) => toast({ title: describeError(error, t), tone: 'info' }),
            })
          }
        >
          {t('feedback.growth.saveAsLearning')}
          <span className="sr-only"> {t('feedback.growth.fromWho', { name: who })}</span>
        </Button>
      )}
      <Button
        size="sm"
        icon={<Scale aria-hidden className="size-4" />}
        onClick={() => setAssessing(true)}
      >
        {t('feedback.growth.useAsEvidence')}
        <span className="sr-only"> {t('feedback.growth.fromWho', { name: who })}</span>
      </Button>
      {assessing ? (
        <EvidenceDialog request={request} answer={answer} onClose={() => setAssessing(false)} />
      ) : null}
    </div>
  );
}
