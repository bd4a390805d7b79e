import { Building2, LinkIcon } from 'lucide-react';

/** The round badge of an invitation page: a building, or a broken link when it cannot be used. */
export function Badge({ broken = false }: { broken?: boolean }) {
  const Icon = broken ? LinkIcon : Building2;
  return (
    <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
      <Icon aria-hidden className="size-5" />
    </span>
  );
}
