// Loads the app's modules once a page the server drew (decision 0068) has been painted: the
// person sees their page first, then the scripts come and take it over (src/web/main.tsx).
// The server lists them in `data-modules` (the entry first, then every chunk it needs, which
// were `modulepreload` links in the plain page). Its own file: the CSP forbids inline scripts.
(function loadAfterPaint() {
  // The formatting data, loaded meanwhile on another thread (warm-intl.js).
  try {
    new Worker('/warm-intl.js');
  } catch {
    // Without workers the app's first formatter loads it.
  }
  var modules = JSON.parse(document.currentScript.dataset.modules || '[]');
  function load() {
    modules.forEach(function (src, index) {
      var element = document.createElement(index === 0 ? 'script' : 'link');
      element.crossOrigin = '';
      if (index === 0) {
        element.type = 'module';
        element.src = src;
      } else {
        element.rel = 'modulepreload';
        element.href = src;
      }
      document.head.appendChild(element);
    });
  }
  // Once the first contentful paint has been presented (a frame's own callback comes before its
  // pixels are shown). A tab opened in the background paints only when shown: after 3 s the
  // scripts come anyway.
  var started = false;
  function start() {
    if (started) return;
    started = true;
    setTimeout(load, 0);
  }
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    window.requestAnimationFrame(start);
  }
  setTimeout(start, 3000);
})();
