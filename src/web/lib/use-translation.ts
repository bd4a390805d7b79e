import { LANGUAGE, t, type TFunction } from './words';

const translation = { t, i18n: { language: LANGUAGE } };

/**
 * The words of the interface for a component: `const { t } = useTranslation()`, and
 * `i18n.language` for formatting dates. The words never change while the app runs (more are
 * only added, for pages not yet drawn), so nothing re-renders.
 */
export function useTranslation(): { t: TFunction; i18n: { language: string } } {
  return translation;
}
