import { PenLine } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../ui/button';

/**
 * The small "Edit" button of an item's page, first in its row of actions; it opens the item's
 * edit dialog (`onClick`).
 *
 * @example <EditButton onClick={() => setEditing(true)}>{t('learning.item.edit')}</EditButton>
 */
export function EditButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button size="sm" icon={<PenLine aria-hidden className="size-4" />} onClick={onClick}>
      {children}
    </Button>
  );
}
