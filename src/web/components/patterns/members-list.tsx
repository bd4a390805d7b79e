import type { ComponentProps } from 'react';
import { MemberRow, type ListedMember } from './members-row';

type RowProps<Role extends string, Member extends ListedMember<Role>> = ComponentProps<
  typeof MemberRow<Role, Member>
>;

/**
 * The members of an organization or a team, one row each (see `MemberRow`); `meId` marks the
 * viewer's own row, which offers Leave instead of Remove.
 */
export function MembersList<Role extends string, Member extends ListedMember<Role>>({
  members,
  meId,
  ...rowProps
}: Omit<RowProps<Role, Member>, 'member' | 'isMe'> & {
  members: readonly Member[];
  meId: string | undefined;
}) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line">
      {members.map((member) => (
        <MemberRow
          key={member.userId}
          member={member}
          isMe={member.userId === meId}
          {...rowProps}
        />
      ))}
    </ul>
  );
}
