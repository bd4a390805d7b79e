import type { ReactNode } from 'react';

/**
 * A bordered list of `LinkRow`s inside a card (a team's reviews, an organization's teams).
 *
 * @example <LinkList>{teams.map((team) => <LinkRow key={team.id} to={…} meta={…}>{team.name}</LinkRow>)}</LinkList>
 */
export function LinkList({ children }: { children: ReactNode }) {
  return <ul className="divide-y divide-line rounded-lg border border-line">{children}</ul>;
}
