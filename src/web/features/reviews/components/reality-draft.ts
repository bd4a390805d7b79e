export interface RealityDraft {
  open: boolean;
  level: number | null;
  evidence: string;
}
