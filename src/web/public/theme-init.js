// Sets the colour theme before the first paint so a dark-theme reader never sees a white flash.
// It lives in its own file because the server's CSP forbids inline scripts. Keep the storage key
// and class name in step with src/web/lib/theme.ts.
(function applyStoredTheme() {
  let choice = 'system';
  try {
    choice = window.localStorage.getItem('praxis.theme') || 'system';
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); the system theme still applies.
  }
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const dark = choice === 'dark' || (choice !== 'light' && prefersDark);
  document.documentElement.classList.toggle('dark', dark);
})();
