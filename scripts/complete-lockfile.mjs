// npm leaves an optional platform package out of package-lock.json when the registry it used
// does not serve it (this machine's registry lacks some non-Linux builds), and `npm ci` then
// rejects the lock as out of sync. This adds each missing optional dependency as a lock entry
// with its os/cpu, exactly as a lock made against the full registry holds it; npm skips it on
// other platforms. Idempotent; run after `npm install` changes the lock (see
// docs/decisions/0006-lockfile-platform-packages.md).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

/** os and cpu from a platform package's name, e.g. "oxide-darwin-arm64" or "x-win32-x64-msvc". */
function platformOf(name) {
  const match = /-(android|darwin|freebsd|linux|win32|wasm32|openbsd|sunos|aix)-?([a-z0-9]*)/.exec(
    name,
  );
  if (!match) return null;
  const [, os, cpu] = match;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  return { os: [os], ...(cpu ? { cpu: [cpu === 'arm' ? 'arm' : cpu] } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (packages[nested] || packages[top]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[top] = { version: version.replace(/^[\^~]/, ''), optional: true, ...platform };
    added += 1;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
    ),
  );
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`complete-lockfile: ${added} optional platform package(s) recorded`);
