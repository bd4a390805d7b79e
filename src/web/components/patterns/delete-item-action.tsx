import type { ButtonSize } from '../ui/button';
import { useTranslation } from '../../lib/use-translation';
import { DeleteAction, type DeleteMutation } from './delete-action';

/** Where a kind of item keeps its delete words: `delete`, `deleteTitle`, `deleteConfirm`, `deleted`. */
type DeleteWords = 'learning.item' | 'practices' | 'reactions.item';

/**
 * `DeleteAction` for the page of one of my items, with the words its kind keeps under `words`
 * and a `description` of what deleting it does (it may name the item); once deleted, the page
 * leaves for `goTo`.
 *
 * @example
 * <DeleteItemAction id={item.id} remove={remove} words="learning.item" goTo="/learning"
 *   description={t('learning.item.deleteBody', { title: item.title })} />
 */
export function DeleteItemAction({
  id,
  remove,
  words,
  description,
  goTo,
  size,
}: {
  id: string;
  remove: DeleteMutation;
  words: DeleteWords;
  description: string;
  goTo: string;
  size?: ButtonSize;
}) {
  const { t } = useTranslation();
  return (
    <DeleteAction
      id={id}
      remove={remove}
      label={t(`${words}.delete` as const)}
      title={t(`${words}.deleteTitle` as const)}
      description={description}
      confirmLabel={t(`${words}.deleteConfirm` as const)}
      done={t(`${words}.deleted` as const)}
      goTo={goTo}
      size={size}
    />
  );
}
