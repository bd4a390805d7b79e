import {
  BookOpen,
  Compass,
  GraduationCap,
  MessageSquareQuote,
  Newspaper,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { LearningKind } from '../../../../contracts/learning';

const ICONS: Record<LearningKind, LucideIcon> = {
  book: BookOpen,
  course: GraduationCap,
  article: Newspaper,
  mentoring: Users,
  feedback: MessageSquareQuote,
  experience: Compass,
};

/** The icon of a kind of learning; decorative, so always beside its name. */
export function KindIcon({ kind, className }: { kind: LearningKind; className?: string }) {
  const Icon = ICONS[kind];
  return <Icon aria-hidden className={className} />;
}
