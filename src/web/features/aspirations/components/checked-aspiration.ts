import type { TFunction } from '../../../lib/words';
import { CreateAspirationBody } from '../../../../contracts/vision';
import type { FormValidate } from '../../../components/patterns/edit-text-dialog';
import type { ASPIRATION_FIELDS, AspirationDraft } from './aspiration-fields';

/**
 * A new aspiration's body from its draft (title and vision trimmed), or `null` when `validate`
 * finds it wrong — a title and a vision are asked for in so many words.
 */
export function checkedAspiration(
  draft: AspirationDraft,
  validate: FormValidate<(typeof ASPIRATION_FIELDS)[number]>,
  t: TFunction,
): CreateAspirationBody | null {
  const body = { ...draft, title: draft.title.trim(), vision: draft.vision.trim() };
  const valid = validate(CreateAspirationBody, body, {
    title: t('vision.aspiration.titleRequired'),
    vision: t('vision.aspiration.visionRequired'),
  });
  return valid ? body : null;
}
