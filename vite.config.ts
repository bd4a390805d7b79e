import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { htmlIncludes } from './scripts/html-includes';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
// Two pages: the app, and the static front door a signed-out visitor sees at "/".
const pages = {
  main: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
  frontDoor: fileURLToPath(new URL('./src/web/front-door.html', import.meta.url)),
};

export default defineConfig({
  root: webRoot,
  plugins: [htmlIncludes(), react(), tailwindcss()],
  // The manifest lets scripts/measure-bundle.mjs sum what the first page loads (issue 16).
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rollupOptions: { input: pages },
  },
  // Preact's React compatibility layer in place of react-dom in the browser: 58 KB gzip less on
  // every first page (docs/decisions/0037-first-page-under-budget.md); the code is written for React.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
