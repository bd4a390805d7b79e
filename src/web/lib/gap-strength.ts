/**
 * How strongly the band between reality and vision is tinted: 0 for no gap (or none known),
 * up to 4 for a gap of 7 or more. A wider gap is a stronger pull, not a worse score.
 */
export function gapStrength(tension: number | null): 0 | 1 | 2 | 3 | 4 {
  if (tension === null) return 0;
  const gap = Math.abs(tension);
  if (gap === 0) return 0;
  if (gap <= 2) return 1;
  if (gap <= 4) return 2;
  if (gap <= 6) return 3;
  return 4;
}
