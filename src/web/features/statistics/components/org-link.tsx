import { ArrowLeft } from 'lucide-react';
import { Link } from 'react-router';

/** The link back to the organization a statistics page belongs to. */
export function OrgLink({ orgId, name }: { orgId: string; name: string }) {
  return (
    <Link
      to={`/orgs/${orgId}`}
      className="mb-6 inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-ink-muted hover:text-ink"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {name}
    </Link>
  );
}
