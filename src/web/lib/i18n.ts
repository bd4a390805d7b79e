import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { en } from '../locales';
import firstWords from '../locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/**
 * Starts i18next with the words of the first pages (`locales/en.json`) and keeps
 * `<html lang>` in step with it; the rest of the English text comes with `loadAllWords`.
 */
export function setUpI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: firstWords } },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
  return i18n;
}

let allWords: Promise<void> | undefined;

/**
 * Loads every page's words (once) and adds them to i18next. Each page but the first ones waits
 * for it before it draws (`app/routes/page.ts`); the first page asks for it once drawn, so
 * the words are there before the person goes on (issue 16, budget 5: the first page's
 * JavaScript holds only its own words).
 */
export function loadAllWords(): Promise<void> {
  allWords ??= import('../locales').then(
    ({ en }) => {
      i18n.addResourceBundle('en', 'translation', en, true, true);
    },
    (error: unknown) => {
      allWords = undefined;
      throw error;
    },
  );
  return allWords;
}
