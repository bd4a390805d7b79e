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
  keepEarlyPresses();
  var modules = JSON.parse(document.currentScript.dataset.modules || '[]');
  // Each module is asked for in a task of its own: starting a request costs the main thread
  // 1–2 ms (4–9 ms on a phone's slower CPU), and all of them in one task made a long one.
  function load() {
    modules.forEach(function (src, index) {
      setTimeout(function () {
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
      }, 0);
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

  // A press on the drawn page before React has taken over the part pressed would do nothing:
  // the markup has no handlers yet (React drops a press on a part still waiting for its code).
  // Such presses (up to a few) are held back and made again, in order, on the same elements
  // as soon as React has taken each over; until 10 s after the app has started
  // (`<html data-app="started">`, src/web/main.tsx), then this stands aside.
  function keepEarlyPresses() {
    var KINDS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
    var PRESSABLE = [
      'a[href]',
      'button',
      'input',
      'select',
      'label',
      'summary',
      '[role=button]',
      '[role=checkbox]',
      '[role=link]',
      '[role=menuitem]',
      '[role=option]',
      '[role=radio]',
      '[role=switch]',
      '[role=tab]',
      '[role=combobox]',
    ].join(', ');
    var WAIT = 10000;
    var held = [];
    var startedAt = 0;
    // One frame loop waits for every held press (a second press joins the loop running).
    var waiting = false;
    // React keeps its own record on each element it has taken over.
    function takenOver(element) {
      return Object.keys(element).some(function (key) {
        return key.indexOf('__reactFiber$') === 0;
      });
    }
    function hold(event) {
      if (event.button !== 0 || !(event.target instanceof Element)) return;
      var root = document.getElementById('root');
      var pressed = event.target.closest(PRESSABLE);
      if (!root || !pressed || !root.contains(pressed) || takenOver(pressed)) return;
      // Neither the browser (a link, a checkbox) nor a half-started app acts on it now.
      event.stopImmediatePropagation();
      if (event.type !== 'click') return;
      event.preventDefault();
      if (held.length < 4) {
        held.push({
          target: event.target,
          pressed: pressed,
          known: describe(pressed),
          pointerType: event.pointerType || 'mouse',
          at: Date.now(),
        });
        if (!waiting) {
          waiting = true;
          window.requestAnimationFrame(replay);
        }
      }
    }
    // What tells a pressed element from the others, should React draw it anew (a part updated
    // before it was taken over is drawn again in the browser, on new elements).
    function describe(element) {
      var labels = element.labels && element.labels.length > 0 ? element.labels[0] : null;
      return [
        element.tagName,
        element.getAttribute('aria-label') || '',
        element.getAttribute('name') || '',
        element.getAttribute('href') || '',
        (labels ? labels.textContent : element.textContent || '').trim().slice(0, 200),
      ].join('\n');
    }
    function again(press) {
      var target = press.target;
      if (!target.isConnected) {
        var root = document.getElementById('root');
        var same = Array.prototype.filter.call(
          root ? root.querySelectorAll(press.pressed.tagName) : [],
          function (element) {
            return describe(element) === press.known;
          },
        );
        if (same.length !== 1) return;
        target = same[0];
      }
      dispatchPress(target, press.pointerType);
    }
    function dispatchPress(target, pointerType) {
      var init = {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: window,
        button: 0,
        isPrimary: true,
        pointerId: 1,
        pointerType: pointerType,
      };
      KINDS.forEach(function (kind) {
        var Kind = kind.indexOf('pointer') === 0 && window.PointerEvent ? PointerEvent : MouseEvent;
        init.buttons = kind === 'pointerdown' || kind === 'mousedown' ? 1 : 0;
        target.dispatchEvent(new Kind(kind, init));
      });
    }
    // Each frame: once React has taken over every held press's element (or it is gone, or it
    // has waited too long), the presses are made again, in order. All at once: a press that
    // updates the page before another's part is taken over would have React draw that part anew.
    function ready(press) {
      return !press.target.isConnected || Date.now() - press.at > WAIT || takenOver(press.pressed);
    }
    function replay() {
      if (held.length > 0 && !held.every(ready)) {
        window.requestAnimationFrame(replay);
        return;
      }
      waiting = false;
      held.splice(0).forEach(function (press) {
        if (Date.now() - press.at <= WAIT) again(press);
      });
      if (startedAt > 0 && Date.now() - startedAt > WAIT) standAside();
    }
    function standAside() {
      KINDS.forEach(function (kind) {
        window.removeEventListener(kind, hold, true);
      });
    }
    KINDS.forEach(function (kind) {
      window.addEventListener(kind, hold, true);
    });
    new MutationObserver(function (changes, observer) {
      if (document.documentElement.dataset.app !== 'started') return;
      observer.disconnect();
      startedAt = Date.now();
      window.setTimeout(function () {
        if (held.length === 0) standAside();
      }, WAIT);
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-app'] });
  }
})();
