import { useTranslation } from '../../lib/use-translation';
import { InlineSelect } from '../ui/inline-select';
import { Button } from '../ui/button';

/** What a members list shows of a person: name, e-mail when the viewer may see it, role. */
export interface ListedMember<Role extends string> {
  userId: string;
  name: string;
  email?: string | null;
  role: Role;
}

/** The words a members list uses, for an organization's or a team's members. */
export interface MembersWords<Role extends string> {
  role: (role: Role) => string;
  /** Names the role select of one member, e.g. "Role of Mia". */
  roleOf: (name: string) => string;
  remove: string;
  leave: string;
}

/**
 * One member: name (with "(you)"), e-mail, the role as a select for whoever manages the list
 * or as a quiet label otherwise, and Remove (Leave on the viewer's own row).
 */
export function MemberRow<Role extends string, Member extends ListedMember<Role>>({
  member,
  isMe,
  canManage,
  roles,
  pending,
  words,
  onRoleChange,
  onRemove,
}: {
  member: Member;
  isMe: boolean;
  canManage: boolean;
  roles: readonly Role[];
  pending: boolean;
  words: MembersWords<Role>;
  onRoleChange: (member: Member, role: Role) => void;
  onRemove: (member: Member) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
      <div className="flex min-w-0 flex-col">
        <span className="font-medium break-words text-ink">
          {member.name}
          {isMe ? <span className="font-normal text-ink-muted"> ({t('orgs.you')})</span> : null}
        </span>
        {member.email ? (
          <span className="text-sm break-all text-ink-muted">{member.email}</span>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {canManage ? (
          <InlineSelect
            aria-label={words.roleOf(member.name)}
            value={member.role}
            disabled={pending}
            options={roles.map((role) => ({ value: role, label: words.role(role) }))}
            onChange={(event) => onRoleChange(member, event.target.value as Role)}
          />
        ) : (
          <span className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink-muted">
            {words.role(member.role)}
          </span>
        )}
        {canManage || isMe ? (
          <Button size="sm" variant="danger-quiet" onClick={() => onRemove(member)}>
            {isMe ? words.leave : words.remove}
            {isMe ? null : <span className="sr-only"> {member.name}</span>}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
