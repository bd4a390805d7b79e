import type { ComponentType } from 'react';
import type { ItemType } from '../../contracts/sharing';

/** What an item's page tells the "Who can see this" control: which item, and what it is called. */
export interface ShareControlProps {
  itemType: ItemType;
  itemId: string;
  itemTitle: string;
}

/**
 * The "Who can see this" control. The sharing feature provides it and the router passes it into
 * the pages of shareable items, which render it when given (features do not import each other).
 */
export type ShareControl = ComponentType<ShareControlProps>;
