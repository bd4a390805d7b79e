import {
  Bell,
  BookOpen,
  Building2,
  GraduationCap,
  Handshake,
  Inbox,
  MessagesSquare,
  Mountain,
  Repeat,
  Scale,
  Sun,
  UserRound,
  Wind,
  type LucideIcon,
} from 'lucide-react';

/** The keys under `nav.` in the locale text that name navigation entries and sections. */
export type NavLabel =
  | 'today'
  | 'journal'
  | 'vision'
  | 'practices'
  | 'learning'
  | 'reactions'
  | 'orgs'
  | 'shared'
  | 'feedback'
  | 'oneOnOnes'
  | 'delegation'
  | 'account'
  | 'inbox';
export type NavSectionLabel = 'practice' | 'together' | 'you';

export interface NavEntry {
  to: string;
  label: NavLabel;
  icon: LucideIcon;
  /** Other paths that belong to this entry, so it stays marked as current there. */
  alsoFor?: readonly string[];
  /** Among the few entries that fit the phone's bottom bar (at most four, plus "More"). */
  onPhoneBar?: boolean;
  /** Shows the inbox's unread count beside the label. */
  unreadBadge?: boolean;
}

export interface NavSection {
  label: NavSectionLabel;
  entries: readonly NavEntry[];
}

/**
 * Every place the navigation leads, in the order shown: one's own practice first, then what is
 * shared with others, then the account. Desktop shows them all in the side column; phones show
 * the entries marked `onPhoneBar` and put the rest behind "More".
 */
export const NAV_SECTIONS: readonly NavSection[] = [
  {
    label: 'practice',
    entries: [
      { to: '/today', label: 'today', icon: Sun, onPhoneBar: true },
      // The belief register and the weekly review are reached from the Journal.
      {
        to: '/journal',
        label: 'journal',
        icon: BookOpen,
        alsoFor: ['/beliefs', '/review'],
        onPhoneBar: true,
      },
      { to: '/vision', label: 'vision', icon: Mountain, onPhoneBar: true },
      { to: '/practices', label: 'practices', icon: Repeat, onPhoneBar: true },
      { to: '/learning', label: 'learning', icon: GraduationCap },
      { to: '/reactions', label: 'reactions', icon: Wind },
    ],
  },
  {
    label: 'together',
    entries: [
      // Teams and their after-action reviews live inside an organization.
      { to: '/orgs', label: 'orgs', icon: Building2, alsoFor: ['/teams', '/aars'] },
      // The access log answers "who read what I shared", beside what others shared with me.
      { to: '/shared', label: 'shared', icon: Inbox, alsoFor: ['/access-log'] },
      { to: '/feedback', label: 'feedback', icon: MessagesSquare },
      { to: '/one-on-ones', label: 'oneOnOnes', icon: Handshake },
      { to: '/delegation', label: 'delegation', icon: Scale },
      { to: '/inbox', label: 'inbox', icon: Bell, unreadBadge: true },
    ],
  },
  {
    label: 'you',
    entries: [{ to: '/account', label: 'account', icon: UserRound }],
  },
];

/** Whether `pathname` is at or below `base` (`/journal` covers `/journal/01H…`, not `/journals`). */
export function isAtOrBelow(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

/** Whether a navigation entry is the current place for `pathname`. */
export function isCurrent(entry: NavEntry, pathname: string): boolean {
  return [entry.to, ...(entry.alsoFor ?? [])].some((base) => isAtOrBelow(pathname, base));
}
