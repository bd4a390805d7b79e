// Bundles the server into dist/server/server.js behind a small entry, dist/server/main.js
// (packages stay external, installed by npm), and compresses the built web app's text files.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

await build({
  entryPoints: ['src/server/main.ts'],
  outfile: 'dist/server/server.js',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// The entry `npm start`, the tests and the bench run: it turns on Node's compile cache before the
// server and its packages load, so a start after the first reuses their compiled code
// (docs/performance.md, "Start-up"). The cache lives in NODE_COMPILE_CACHE, else the system's
// temporary folder; a stale or missing cache only costs the compile.
writeFileSync(
  'dist/server/main.js',
  [
    "import module from 'node:module';",
    'module.enableCompileCache?.();',
    "await import('./server.js');",
    '',
  ].join('\n'),
);

// The `praxis` command line (bin/praxis.mjs runs it where tsx is not installed).
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/main.js',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// Pre-compressed copies of the web app's text files (brotli and gzip, at their best levels), served
// by @fastify/static's `preCompressed` to browsers that accept them (docs/performance.md).

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
function compressTree(dir) {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) {
      compressTree(file);
      continue;
    }
    if (!COMPRESSIBLE.test(entry) || entry.endsWith('.map')) continue;
    const content = readFileSync(file);
    if (content.length < 1024) continue;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}
compressTree('dist/web');
