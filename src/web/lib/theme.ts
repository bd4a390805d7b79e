import { useSyncExternalStore } from 'react';

/** What the person chose on the Account page; "system" follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

// Keep in step with public/theme-init.js, which applies the theme before React loads.
const STORAGE_KEY = 'praxis.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The stored theme choice, or "system" when nothing (or nothing readable) is stored. */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle('dark', dark);
}

/** Stores the choice, applies it at once, and tells every component that reads it. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Unavailable storage: the choice still applies for this visit.
  }
  applyTheme(choice);
  listeners.forEach((listener) => listener());
}

/**
 * Keeps the page in step with the system theme (while the choice is "system") and with choices
 * made in other tabs. Call once at start-up; returns a function that stops watching.
 */
export function watchTheme(): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const onSystemChange = () => applyTheme(readThemeChoice());
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    applyTheme(readThemeChoice());
    listeners.forEach((listener) => listener());
  };
  media.addEventListener('change', onSystemChange);
  window.addEventListener('storage', onStorage);
  return () => {
    media.removeEventListener('change', onSystemChange);
    window.removeEventListener('storage', onStorage);
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current theme choice, re-rendering when it changes. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, readThemeChoice, () => 'system');
}
