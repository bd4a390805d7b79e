import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoading } from '../../../components/ui/page-loading';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  aspirationsQuery,
  purposeQuery,
  useAspirations,
  usePurpose,
  useValues,
  valuesQuery,
} from '../api';
import { NewAspirationDialog } from './new-aspiration-dialog';
import { PurposeSection } from './purpose-section';
import { ValuesSection } from './values-section';
import { AspirationsSection } from './aspirations-section';

/** What Vision draws first, read before it is drawn the first time (app/routes/page.ts). */
export const visionPageReads = [purposeQuery, valuesQuery, aspirationsQuery('all')];

/**
 * The Vision page, the product's signature screen: purpose in large quiet type, values as
 * ranked chips, and one card per aspiration with its creative tension.
 */
export function VisionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('vision.title'));
  const { data: user } = useCurrentUser();
  const purpose = usePurpose();
  const values = useValues();
  const aspirations = useAspirations('all');
  const [creating, setCreating] = useState(false);

  const queries = [purpose, values, aspirations];
  const failed = queries.find((query) => query.isError);
  if (!user) return null;

  return (
    <>
      <PageHeader
        title={t('vision.title')}
        lead={t('vision.lead')}
        action={
          <Button
            variant="primary"
            icon={<Plus aria-hidden className="size-4" />}
            onClick={() => setCreating(true)}
          >
            {t('vision.new.open')}
          </Button>
        }
      />
      {failed ? (
        <LoadError
          error={failed.error}
          onRetry={() => queries.forEach((query) => void query.refetch())}
        />
      ) : !purpose.data || !values.data || !aspirations.data ? (
        <PageLoading />
      ) : (
        <div className="flex flex-col gap-12">
          <PurposeSection purpose={purpose.data} timeZone={user.timeZone} />
          <ValuesSection values={values.data} />
          <AspirationsSection
            aspirations={aspirations.data}
            timeZone={user.timeZone}
            onCreate={() => setCreating(true)}
            guideAvailable={user.onboarding !== 'done'}
          />
        </div>
      )}
      <NewAspirationDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
