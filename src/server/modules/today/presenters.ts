import type { PromptView } from '../../../contracts/today';

/** A prompt as the API shows it. */
export const presentPrompt = ({ id, theme, text, why }: PromptView) => ({ id, theme, text, why });

/** A mood check-in as the API shows it, its emotions parsed. */
export const presentMood = (row: {
  id: string;
  userId?: string;
  at: string;
  date: string;
  pleasantness: number;
  energy: number;
  emotions: string;
}) => ({
  id: row.id,
  at: row.at,
  date: row.date,
  pleasantness: row.pleasantness,
  energy: row.energy,
  emotions: JSON.parse(row.emotions) as string[],
});
