import type { FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { CRISIS_RESOURCES_MAX } from '../../../../core/language/crisis-resources';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useToast } from '../../../components/ui/toast';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useOrgCrisisResources, useSetOrgCrisisResources } from '../crisis-resources-api';

const FIELDS = ['text'] as const;

/**
 * For admins: where the organization's people can find help now, shown in the calm notice when
 * someone writes of wanting to die. Empty: the deployment's resources (or the default) show.
 */
export function CrisisResourcesSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const current = useOrgCrisisResources(orgId);
  const save = useSetOrgCrisisResources(orgId);
  const { formRef, fieldErrors, general, showApiError } = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const text = String(new FormData(event.currentTarget).get('text') ?? '');
    save.mutate(text, {
      onSuccess: (saved) => toast(t(saved.text ? 'orgs.crisis.saved' : 'orgs.crisis.cleared')),
      onError: showApiError,
    });
  };

  return (
    <Card title={t('orgs.crisis.title')} description={t('orgs.crisis.description')}>
      {current.isPending ? null : (
        <form
          key={current.data?.text ?? ''}
          ref={formRef}
          noValidate
          onSubmit={onSubmit}
          className="flex flex-col gap-5"
        >
          {general ? <FormAlert>{general}</FormAlert> : null}
          <TextareaField
            label={t('orgs.crisis.label')}
            name="text"
            rows={5}
            maxLength={CRISIS_RESOURCES_MAX}
            defaultValue={current.data?.text ?? ''}
            placeholder={t('orgs.crisis.placeholder')}
            hint={t('orgs.crisis.hint')}
            error={fieldErrors.text}
          />
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('orgs.crisis.submit')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
