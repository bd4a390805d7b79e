// Runs in a worker (started by early-reads.js and after-paint.js): makes the browser load its
// date and number formatting data off the page's main thread. Otherwise the first formatter a
// page makes costs 40–70 ms of it in one block while the app starts, which no code of ours can
// split (issue 16, budget 5; docs/performance.md). The data is the browser process's, so the
// app's own formatters are then made in under a millisecond.
new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(1.5);
new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).format(0);
new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(['a', 'b']);
close();
