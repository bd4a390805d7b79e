// Starts the first reads of a page while the app's scripts still load, instead of after them
// (issue 16, budget 5): who is signed in (GET /api/me) on every page, and the answers the
// first page draws from on the pages people open first. Deferred, it runs before the app's
// module script; the app takes each answer once (src/web/lib/early-reads.ts, `takeEarlyRead`).
// Its own file: the server's CSP forbids inline scripts.
(function startEarlyReads() {
  // The reads each first page makes as it first draws: the same addresses, byte for byte.
  var PAGES = {
    '/today': ['/api/today'],
    '/vision': ['/api/purpose', '/api/values', '/api/aspirations?limit=100'],
  };
  var reads = {};
  var paths = ['/api/me'].concat(PAGES[window.location.pathname.replace(/\/$/, '')] || []);
  try {
    paths.forEach(function (path) {
      var answer = window.fetch(path, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      // An unreachable server is reported by the app's own request; this one must not be loud.
      answer.catch(function () {});
      reads[path] = answer;
    });
  } catch {
    reads = {};
  }
  window.__praxisEarly = { startedAt: Date.now(), reads: reads };
  // The formatting data, loaded meanwhile on another thread (warm-intl.js).
  try {
    new Worker('/warm-intl.js');
  } catch {
    // Without workers the app's first formatter loads it.
  }
})();
