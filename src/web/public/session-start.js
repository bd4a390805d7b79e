// Starts the session check (who is signed in: GET /api/me) while the app's scripts still load,
// instead of after them. Deferred, it runs before the app's module script, which takes the
// answer once (src/web/lib/session.ts). Its own file: the server's CSP forbids inline scripts.
(function startSessionCheck() {
  try {
    window.__praxisSession = window.fetch('/api/me', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    // An unreachable server is reported by the app's own request; this one must not be loud.
    window.__praxisSession.catch(function () {});
  } catch {
    window.__praxisSession = undefined;
  }
})();
