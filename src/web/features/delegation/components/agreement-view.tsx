import { Archive } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Agreement } from '../../../../contracts/delegation';
import { BackLink } from '../../../components/patterns/back-link';
import { PairSpaceHeader } from '../../../components/patterns/pair-space-header';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogActions } from '../../../components/ui/dialog';
import { FormAlert } from '../../../components/ui/form-alert';
import { useToast } from '../../../components/ui/toast';
import { describeError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useArchiveAgreement } from '../api';
import { AddArea } from './add-area';
import { AreaCard } from './area-card';
import { otherOf } from './other-of';

/** An agreement I may see: its header, its decision areas, adding one, and archiving it. */
export function AgreementView({ agreement, timeZone }: { agreement: Agreement; timeZone: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const archive = useArchiveAgreement();
  const [archiving, setArchiving] = useState(false);
  const other = otherOf(agreement);
  const names = { leader: agreement.leader.name, member: agreement.member.name };

  return (
    <>
      <BackLink to="/delegation">{t('delegation.back')}</BackLink>
      <PairSpaceHeader
        title={t('delegation.heading', names)}
        action={
          agreement.archivedAt === null ? (
            <Button
              size="sm"
              icon={<Archive aria-hidden className="size-4" />}
              onClick={() => setArchiving(true)}
            >
              {t('delegation.archive.open')}
            </Button>
          ) : null
        }
        meta={t('delegation.roles', { org: agreement.org.name, ...names })}
        privacy={t('delegation.privacy', { name: other.name })}
        note={
          agreement.archivedAt
            ? t('delegation.archivedNote', {
                date: formatDate(agreement.archivedAt, navigator.language, timeZone),
                name: agreement.archivedBy?.name ?? t('delegation.history.someone'),
              })
            : !agreement.canAct
              ? t('delegation.apartNote', { org: agreement.org.name })
              : null
        }
      />

      <div className="flex flex-col gap-6">
        {agreement.areas.length === 0 ? (
          <div className="flex flex-col gap-1 rounded-xl border border-dashed border-line-strong/60 bg-surface p-6">
            <p className="font-medium text-ink">{t('delegation.area.noAreasTitle')}</p>
            <p className="max-w-prose text-[0.9375rem] text-ink-muted">
              {t('delegation.area.noAreas')}
            </p>
          </div>
        ) : (
          agreement.areas.map((area) => (
            <AreaCard key={area.id} agreement={agreement} area={area} timeZone={timeZone} />
          ))
        )}
        {agreement.canAct ? <AddArea agreementId={agreement.id} /> : null}
      </div>

      <Dialog
        open={archiving}
        onOpenChange={setArchiving}
        title={t('delegation.archive.title')}
        description={t('delegation.archive.description')}
        returnFocus={() => document.getElementById('main')}
      >
        {archive.isError ? <FormAlert>{describeError(archive.error, t)}</FormAlert> : null}
        <DialogActions>
          <Button onClick={() => setArchiving(false)}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(agreement.id, {
                onSuccess: () => {
                  setArchiving(false);
                  toast(t('delegation.archive.done'));
                },
              })
            }
          >
            {t('delegation.archive.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
