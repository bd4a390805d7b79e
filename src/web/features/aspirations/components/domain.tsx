import {
  BookOpen,
  Briefcase,
  CircleDot,
  HandHeart,
  HeartHandshake,
  HeartPulse,
  Sprout,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from '../../../lib/use-translation';
import type { LifeDomain } from '../../../../contracts/vision';

const ICONS: Record<LifeDomain, LucideIcon> = {
  career: Briefcase,
  relationships: HeartHandshake,
  health: HeartPulse,
  learning: BookOpen,
  contribution: HandHeart,
  inner_life: Sprout,
  other: CircleDot,
};

/** A life domain's icon and name, small and quiet. */
export function DomainLabel({ domain }: { domain: LifeDomain }) {
  const { t } = useTranslation();
  const Icon = ICONS[domain];
  return (
    <span className="inline-flex items-center gap-1.5 text-sm text-ink-muted">
      <Icon aria-hidden className="size-4" />
      {t(`vision.domains.${domain}`)}
    </span>
  );
}
