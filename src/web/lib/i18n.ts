import firstWords from '../locales/en.json';
import { addWords, LANGUAGE } from './words';

/**
 * Knows the words of the first pages (`locales/en.json`) and sets `<html lang>`; the rest of
 * the English text comes with `loadAllWords`.
 */
export function setUpI18n(): void {
  addWords(firstWords);
  document.documentElement.lang = LANGUAGE;
}

let allWords: Promise<void> | undefined;

/**
 * Loads every page's words (once) and adds them. Each page but the first ones waits for it
 * before it draws (`app/routes/page.ts`); the first page asks for it once drawn, so the words
 * are there before the person goes on (issue 16, budget 5: the first page's JavaScript holds
 * only its own words).
 */
export function loadAllWords(): Promise<void> {
  allWords ??= import('../locales').then(
    ({ en }) => addWords(en),
    (error: unknown) => {
      allWords = undefined;
      throw error;
    },
  );
  return allWords;
}
