import type { TFunction } from '../../../lib/words';
import type { CreateAspirationBody } from '../../../../contracts/vision';
import type { FormValidate } from '../../../components/patterns/edit-text-dialog';
import { createAspirationBody } from '../schemas';
import type { ASPIRATION_FIELDS, AspirationDraft } from './aspiration-fields';

/**
 * A new aspiration's body from its draft (title and vision trimmed), or `null` when `validate`
 * finds it wrong — a title and a vision are asked for in so many words. It waits for the
 * contract's rule, loaded on first use (`createAspirationBody`).
 */
export async function checkedAspiration(
  draft: AspirationDraft,
  validate: FormValidate<(typeof ASPIRATION_FIELDS)[number]>,
  t: TFunction,
): Promise<CreateAspirationBody | null> {
  const body = { ...draft, title: draft.title.trim(), vision: draft.vision.trim() };
  const valid = await validate(createAspirationBody, body, {
    title: t('vision.aspiration.titleRequired'),
    vision: t('vision.aspiration.visionRequired'),
  });
  return valid ? body : null;
}
